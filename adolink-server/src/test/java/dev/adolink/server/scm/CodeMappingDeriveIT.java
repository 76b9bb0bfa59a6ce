package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class CodeMappingDeriveIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;

  Installed installed;
  String head;

  /** The organization's address, ending with a slash. */
  String base;

  /** {@code {base}Web/_git/Web}: ADO itself shows it without the project, named like it. */
  String repoUrl;

  @BeforeEach
  void setUp() {
    installed = integrations.installed();
    head = scm.commit(installed, WEB, "Start", add("/src/app/models/user.py", "class User: pass"));
    scm.settle();
    String shown = scm.addRepository(installed, WEB).get("url").asString();
    // listed with its project: .../{org}/Web/_git/Web
    repoUrl = shown;
    base = shown.substring(0, shown.indexOf("Web/_git/"));
  }

  TestApi.Response derive(Map<String, ?> frame, String url) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("frame", frame);
    body.put("url", url);
    body.put("project", installed.org().project());
    return api.post(
        ScmFixtures.orgPath(installed) + "code-mappings/derive/",
        installed.org().owner().token(),
        body);
  }

  JsonNode proposal(String url) {
    TestApi.Response response = derive(Map.of("filename", "app/models/user.py"), url);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Nested
  class EachAddressForm {

    @Test
    void theFileOnABranchProposesTheRootsAndThatBranch() {
      JsonNode proposal = proposal(repoUrl + "?path=/src/app/models/user.py&version=GBrelease");

      assertThat(proposal.get("project").asString()).isEqualTo(installed.org().project());
      assertThat(proposal.get("repository").asString()).isEqualTo(WEB);
      assertThat(proposal.get("defaultBranch").asString()).isEqualTo("release");
      assertThat(proposal.get("stackRoot").asString()).isEqualTo("app/");
      assertThat(proposal.get("sourceRoot").asString()).isEqualTo("src/app/");
      assertThat(proposal.get("sourcePath").asString()).isEqualTo("src/app/models/user.py");
    }

    @Test
    void anEncodedPathWithALine() {
      JsonNode proposal =
          proposal(
              repoUrl
                  + "?path=%2Fsrc%2Fapp%2Fmodels%2Fuser.py&version=GBmain&line=1&lineEnd=2"
                  + "&lineStartColumn=1&lineEndColumn=1&lineStyle=plain&_a=contents");

      assertThat(proposal.get("sourceRoot").asString()).isEqualTo("src/app/");
    }

    @Test
    void withoutTheProjectForARepositoryNamedLikeIt() {
      String withoutProject = base + "_git/Web";

      JsonNode proposal = proposal(withoutProject + "?path=/src/app/models/user.py");

      assertThat(proposal.get("repository").asString()).isEqualTo(WEB);
    }

    @Test
    void aCommitsOrATagsFileOrNoVersionTakesTheRepositorysDefaultBranchFromAzureDevOps() {
      for (String url :
          List.of(
              repoUrl + "?path=/src/app/models/user.py",
              repoUrl + "?path=/src/app/models/user.py&version=GC" + head,
              repoUrl + "?path=/src/app/models/user.py&version=GTv1.0",
              repoUrl + "/commit/" + head + "?path=/src/app/models/user.py&_a=contents")) {
        assertThat(proposal(url).get("defaultBranch").asString()).as(url).isEqualTo("main");
      }
    }

    @Test
    void theProposalSavedAsIsLinksTheFrame() {
      JsonNode proposal = proposal(repoUrl + "?path=/src/app/models/user.py&version=GBmain");
      Map<String, Object> mapping = new LinkedHashMap<>();
      for (String field :
          List.of("project", "repository", "stackRoot", "sourceRoot", "defaultBranch")) {
        mapping.put(field, proposal.get(field).asString());
      }

      TestApi.Response saved =
          api.post(
              ScmFixtures.orgPath(installed) + "code-mappings/",
              installed.org().owner().token(),
              mapping);

      assertThat(saved.status()).as(saved.body()).isEqualTo(201);
      assertThat(scm.get(installed, "code-mappings/").get(0).get("stackRoot").asString())
          .isEqualTo("app/");
    }
  }

  @Nested
  class EachBadInputIsNamed {

    void refused(TestApi.Response response, String field, String says) {
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.error(field)).contains(says);
    }

    @Test
    void anAddressOfAnotherOrganization() {
      refused(
          derive(
              Map.of("filename", "app/models/user.py"),
              "https://dev.azure.com/contoso/Web/_git/Web?path=/src/app/models/user.py"),
          "url",
          "'contoso', which is not connected");
    }

    @Test
    void aRepositoryThatIsNotAdded() {
      refused(
          derive(
              Map.of("filename", "app/models/user.py"),
              base + "Mobile/_git/Mobile?path=/src/app/models/user.py"),
          "url",
          "Mobile/Mobile, which is not added");
    }

    @Test
    void pathsThatShareNothing() {
      refused(
          derive(Map.of("filename", "app/views.py"), repoUrl + "?path=/src/app/models/user.py"),
          "frame",
          "share nothing");
    }

    @Test
    void anAddressWithoutAFileOrOutsideARepositoryOrNoAddressAtAll() {
      Map<String, String> frame = Map.of("filename", "app/models/user.py");
      refused(derive(frame, repoUrl), "url", "names no file");
      refused(derive(frame, repoUrl.replace("_git/Web", "_workitems")), "url", "/_git/");
      refused(derive(frame, "user.py"), "url", "https://");
    }

    @Test
    void aFrameWithoutAFileNameOrAnUnknownProject() {
      refused(derive(Map.of("filename", ""), repoUrl + "?path=/x.py"), "frame.filename", "");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("frame", Map.of("filename", "x.py"));
      body.put("url", repoUrl + "?path=/x.py");
      body.put("project", "nope");
      refused(
          api.post(
              ScmFixtures.orgPath(installed) + "code-mappings/derive/",
              installed.org().owner().token(),
              body),
          "project",
          "nope");
    }
  }
}
