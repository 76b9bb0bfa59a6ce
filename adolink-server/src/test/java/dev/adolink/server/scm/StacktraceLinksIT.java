package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class StacktraceLinksIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;
  @Autowired MutableClock clock;

  Installed installed;
  JsonNode repo;

  @BeforeEach
  void setUp() {
    installed = integrations.installed();
    scm.commit(
        installed,
        WEB,
        "Start",
        add("/src/app/models/user.py", "class User: pass"),
        add("/src/app/views.py", "v"));
    scm.settle();
    repo = scm.addRepository(installed, WEB);
  }

  TestApi.Response map(String stackRoot, String sourceRoot) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("project", installed.org().project());
    body.put("repository", WEB);
    body.put("stackRoot", stackRoot);
    body.put("sourceRoot", sourceRoot);
    body.put("defaultBranch", "main");
    return api.post(
        ScmFixtures.orgPath(installed) + "code-mappings/", installed.org().owner().token(), body);
  }

  static Map<String, Object> frame(String filename, Integer lineNo, boolean inApp) {
    return Map.of("filename", filename, "lineNo", lineNo, "inApp", inApp);
  }

  String issueWithFrames() {
    TestApi.Response created =
        api.post(
            "/api/0/projects/"
                + installed.org().slug()
                + "/"
                + installed.org().project()
                + "/issues/",
            installed.org().owner().token(),
            Map.of(
                "title",
                "Crash",
                "stacktrace",
                Map.of(
                    "frames",
                    List.of(
                        frame("app/models/user.py", 12, true),
                        frame("site-packages/lib.py", 1, false),
                        frame("./app/gone.py", 3, true),
                        frame("vendor/thing.py", 7, true)))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  List<JsonNode> links(String issueId) {
    return scm.get(installed, "issues/" + issueId + "/stacktrace-links/").valueStream().toList();
  }

  @Test
  void linksEachInAppFrameToItsFileWhenItExists() {
    assertThat(map("app/", "src/app/").status()).isEqualTo(201);

    List<JsonNode> links = links(issueWithFrames());

    assertThat(links).hasSize(3);
    assertThat(links.get(0).get("filename").asString()).isEqualTo("app/models/user.py");
    assertThat(links.get(0).get("lineNo").asInt()).isEqualTo(12);
    assertThat(links.get(0).get("url").asString())
        .isEqualTo(
            // the repository's web URL as ADO gives it
            installed.ado().url()
                + "_git/Web"
                + "?path=%2Fsrc%2Fapp%2Fmodels%2Fuser.py&version=GBmain&line=12&lineEnd=13"
                + "&lineStartColumn=1&lineEndColumn=1&lineStyle=plain&_a=contents");
    assertThat(links.get(1).get("url").isNull()).isTrue();
    assertThat(links.get(1).get("error").asString()).isEqualTo("file_not_found");
    assertThat(links.get(2).get("url").isNull()).isTrue();
    assertThat(links.get(2).get("error").asString()).isEqualTo("no_code_mapping");
  }

  @Test
  void remembersWhatAzureDevOpsSaidUntilItsTimeToLiveRunsOut() {
    map("app/", "src/app/");
    String issue = issueWithFrames();
    links(issue);
    long since = scm.lastRequest();

    links(issue);
    assertThat(scm.requestsSince(since, "/items")).isEmpty();

    clock.advance(Duration.ofHours(1).plusSeconds(1));
    links(issue);
    assertThat(scm.requestsSince(since, "/items")).hasSize(2);
  }

  @Nested
  class CodeMappings {

    @Test
    void areListedWithTheirProjectAndRepository() {
      map("app/", "src/app/");

      JsonNode mapping = scm.get(installed, "code-mappings/").get(0);

      assertThat(mapping.get("projectSlug").asString()).isEqualTo(installed.org().project());
      assertThat(mapping.get("repoName").asString()).isEqualTo(WEB);
      assertThat(mapping.get("repoId").asString()).isEqualTo(repo.get("id").asString());
      assertThat(mapping.get("stackRoot").asString()).isEqualTo("app/");
      assertThat(mapping.get("sourceRoot").asString()).isEqualTo("src/app/");
      assertThat(mapping.get("defaultBranch").asString()).isEqualTo("main");
    }

    @Test
    void aStackRootIsMappedOncePerProject() {
      map("app/", "src/app/");

      assertThat(map("app/", "elsewhere/").status()).isEqualTo(409);
    }

    @Test
    void anUnknownRepositoryIsRefused() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("project", installed.org().project());
      body.put("repository", "Nope/nope");
      body.put("stackRoot", "");
      body.put("sourceRoot", "");
      body.put("defaultBranch", "main");

      TestApi.Response response =
          api.post(
              ScmFixtures.orgPath(installed) + "code-mappings/",
              installed.org().owner().token(),
              body);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("repository")).contains("Nope/nope");
    }
  }
}
