package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.edit;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.git.PushSpec;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class SuspectCommitsIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;
  @Autowired DueJobs dueJobs;

  Installed installed;

  @BeforeEach
  void setUp() {
    installed = integrations.installed();
  }

  /** A commit to Web/Web one minute after the previous one; its id. */
  String commit(String message, PushSpec.ChangeSpec... changes) {
    integrations.emulator().clock().advance(Duration.ofMinutes(1));
    return scm.commit(installed, WEB, message, changes);
  }

  /** Adds Web/Web and releases everything up to {@code head} as {@code version}. */
  JsonNode release(String version, String head) {
    scm.settle();
    scm.addRepository(installed, WEB);
    return scm.release(installed, version, List.of(ScmFixtures.ref(WEB, head, null)));
  }

  static Map<String, Object> frame(String filename) {
    return Map.of("filename", filename, "lineNo", 3, "inApp", true);
  }

  TestApi.Response post(@Nullable String release, List<Map<String, Object>> frames, String fp) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Crash");
    body.put("stacktrace", Map.of("frames", frames));
    if (release != null) {
      body.put("release", release);
    }
    if (fp != null) {
      body.put("fingerprint", fp);
    }
    return api.post(
        "/api/0/projects/" + installed.org().slug() + "/" + installed.org().project() + "/issues/",
        installed.org().owner().token(),
        body);
  }

  /** Creates an issue and runs the jobs it queues; its id. */
  String issue(@Nullable String release, List<Map<String, Object>> frames) {
    TestApi.Response created = post(release, frames, null);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    dueJobs.run();
    return created.json().get("id").asString();
  }

  List<JsonNode> suspects(String issueId) {
    return scm.get(installed, "issues/" + issueId + "/suspect-commits/").valueStream().toList();
  }

  static List<String> shas(List<JsonNode> suspects) {
    return suspects.stream().map(s -> s.get("commit").get("id").asString()).toList();
  }

  @Test
  void aCommitThatChangedTheFramesFileIsSuspectAndOneThatChangedAnotherFileIsNot() {
    String checkout = commit("Add checkout\n\nCharges the card.", add("/src/app/checkout.py", "c"));
    String other = commit("Add other", add("/src/app/other.py", "o"));
    JsonNode repo = release("1.0", other);

    String issue = issue("1.0", List.of(frame("app/checkout.py")));

    List<JsonNode> suspects = suspects(issue);
    assertThat(shas(suspects)).containsExactly(checkout);
    JsonNode commit = suspects.get(0).get("commit");
    assertThat(commit.get("message").asString().strip())
        .isEqualTo("Add checkout\n\nCharges the card.");
    assertThat(commit.get("author").get("email").asString())
        .isEqualToIgnoringCase(installed.ado().owner().email());
    assertThat(commit.get("dateCreated").asString()).isNotBlank();
    assertThat(commit.get("url").asString())
        .isEqualTo(
            scm.get(installed, "repos/").get(0).get("url").asString() + "/commit/" + checkout);
    assertThat(suspects.get(0).get("files").get(0).asString()).isEqualTo("/src/app/checkout.py");
    assertThat(suspects.get(0).get("score").asInt()).isEqualTo(5);
  }

  @Test
  void theCrashFramesCommitsRankFirstAndACommitTouchingMoreFramesGathersTheirPoints() {
    String checkout = commit("Checkout", add("/src/app/checkout.py", "c"));
    String cart = commit("Cart", add("/src/app/cart.py", "c"));
    commit("Main", add("/src/app/main.py", "m"));
    String both =
        commit("Both", edit("/src/app/cart.py", "c2"), edit("/src/app/checkout.py", "c2"));
    release("1.0", both);

    String issue =
        issue("1.0", List.of(frame("app/main.py"), frame("app/cart.py"), frame("app/checkout.py")));

    List<JsonNode> suspects = suspects(issue);
    assertThat(shas(suspects)).containsExactly(both, checkout, cart);
    assertThat(suspects.stream().map(s -> s.get("score").asInt())).containsExactly(8, 4, 2);
    assertThat(suspects.get(0).get("files").valueStream().map(JsonNode::asString))
        .containsExactly("/src/app/checkout.py", "/src/app/cart.py");
  }

  @Test
  void theDescriptionOfAWorkItemCreatedFromTheIssueLinksThem() {
    String checkout = commit("Add checkout", add("/src/app/checkout.py", "c"));
    release("1.0", checkout);
    String issue = issue("1.0", List.of(frame("app/checkout.py")));
    String url = suspects(issue).get(0).get("commit").get("url").asString();

    JsonNode form =
        scm.get(
            installed, "issues/" + issue + "/integrations/" + installed.id() + "/?action=create");

    String description =
        form.get("createIssueConfig")
            .valueStream()
            .filter(f -> f.get("name").asString().equals("description"))
            .findFirst()
            .orElseThrow()
            .get("default")
            .asString();
    assertThat(description)
        .contains("Suspect commits:")
        .contains("[" + checkout.substring(0, 8) + "](" + url + ") Add checkout by ")
        .contains("(`/src/app/checkout.py`)");
  }

  @Test
  void releasesBeforeTheIssuesReleaseCountUpToTheWindowAndLaterOnesDoNot() {
    String old = commit("Old checkout", add("/src/app/checkout.py", "c"));
    release("1.0", old);
    String current = commit("Readme", add("/README.md", "r"));
    scm.release(installed, "1.1", List.of(ScmFixtures.ref(WEB, current, old)));
    String later = commit("Later checkout", edit("/src/app/checkout.py", "c3"));
    scm.release(installed, "1.2", List.of(ScmFixtures.ref(WEB, later, current)));

    String issue = issue("1.1", List.of(frame("app/checkout.py")));

    assertThat(shas(suspects(issue))).containsExactly(old);
  }

  @Nested
  class Paths {

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

    @Test
    void aMappedFrameMatchesOnlyTheFileItMapsTo() {
      String api = commit("Api user", add("/services/api/models/user.py", "a"));
      String web = commit("Web user", add("/services/web/models/user.py", "w"));
      release("1.0", web);
      assertThat(map("app/", "services/api/").status()).isEqualTo(201);

      String issue = issue("1.0", List.of(frame("app/models/user.py")));

      assertThat(shas(suspects(issue))).containsExactly(api);
    }

    @Test
    void aNewMappingFindsTheIssuesSuspectsAgain() {
      String api = commit("Api user", add("/services/api/models/user.py", "a"));
      String web = commit("Web user", add("/services/web/models/user.py", "w"));
      release("1.0", web);
      String issue = issue("1.0", List.of(frame("app/models/user.py")));
      assertThat(shas(suspects(issue))).containsExactlyInAnyOrder(web, api);

      assertThat(map("app/", "services/api/").status()).isEqualTo(201);
      dueJobs.run();

      assertThat(shas(suspects(issue))).containsExactly(api);
    }

    @Test
    void anUnmappedFrameMatchesTheChangesEndingLikeItsPathTheLongestEndingWinning() {
      String deep = commit("Deep", add("/src/app/models/user.py", "a"));
      commit("Shallow", add("/src/other/user.py", "b"));
      String head = commit("Bare", add("/user.py", "c"));
      release("1.0", head);

      assertThat(shas(suspects(issue("1.0", List.of(frame("app/models/user.py"))))))
          .containsExactly(deep);
      assertThat(shas(suspects(issue("1.0", List.of(frame("user.py"))))))
          .as("a bare file name matches only a bare file name")
          .containsExactly(head);
    }

    @Test
    void aJavaFramesPathIsMadeFromItsModule() {
      String app = commit("App", add("/src/main/java/com/acme/App.java", "class App {}"));
      release("1.0", app);

      Map<String, Object> java =
          Map.of(
              "filename", "App.java", "module", "com.acme.App$Inner", "lineNo", 3, "inApp", true);
      assertThat(shas(suspects(issue("1.0", List.of(java))))).containsExactly(app);
    }
  }

  @Nested
  class WhenTheyAreFound {

    @Test
    void anIssueWithoutFramesOrReleaseHasNoneAndSaysWhy() {
      String head = commit("Checkout", add("/src/app/checkout.py", "c"));
      release("1.0", head);

      String noFrames = issue("1.0", List.of());
      String noRelease = issue(null, List.of(frame("app/checkout.py")));

      assertThat(suspects(noFrames)).isEmpty();
      assertThat(suspects(noRelease)).isEmpty();
      assertThat(
              scm.get(installed, "issues/" + noRelease + "/suspect-commits/status/")
                  .get("detail")
                  .asString())
          .contains("no release");
    }

    @Test
    void theyAreFoundAgainWhenTheReleasesCommitsArrive() {
      String head = commit("Checkout", add("/src/app/checkout.py", "c"));
      scm.settle();
      scm.addRepository(installed, WEB);
      String issue = issue("2.0", List.of(frame("app/checkout.py")));
      assertThat(suspects(issue)).isEmpty();

      scm.release(installed, "2.0", List.of(ScmFixtures.ref(WEB, head, null)));

      assertThat(shas(suspects(issue))).containsExactly(head);
    }

    @Test
    void theyAreFoundAgainWhenANewEventChangesTheFrames() {
      String cart = commit("Cart", add("/src/app/cart.py", "c"));
      String checkout = commit("Checkout", add("/src/app/checkout.py", "c"));
      release("1.0", checkout);
      TestApi.Response first = post("1.0", List.of(frame("app/cart.py")), "fp-1");
      dueJobs.run();
      String issue = first.json().get("id").asString();
      assertThat(shas(suspects(issue))).containsExactly(cart);

      TestApi.Response again = post("1.0", List.of(frame("app/checkout.py")), "fp-1");
      assertThat(again.status()).isEqualTo(200);
      dueJobs.run();

      assertThat(shas(suspects(issue))).containsExactly(checkout);
    }
  }
}
