package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.identity.Identity;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoUser;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.sync.SyncFixtures;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Authors of suspect commits → members → suggested assignees → auto-assignment → ADO. */
@AdolinkIT
class SuggestedAssigneesIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;
  @Autowired SyncFixtures sync;
  @Autowired DueJobs dueJobs;

  Scenario s;

  @BeforeEach
  void setUp() {
    s = sync.install(Map.of("sync_forward_assignment", true, "sync_reverse_assignment", true));
  }

  /** A commit by this ADO user to Web/Web changing {@code path}; its id. */
  String commitBy(AdoUser author, String path) {
    integrations.emulator().clock().advance(Duration.ofMinutes(1));
    List<String> ids =
        integrations
            .emulator()
            .commit(
                s.installed().ado().name(),
                "Web",
                "Web",
                author.email(),
                "main",
                "Change " + path,
                add(path, "x"))
            .commitIds();
    return ids.get(ids.size() - 1);
  }

  void release(String head) {
    scm.settle();
    scm.addRepository(s.installed(), WEB);
    scm.release(s.installed(), "1.0", List.of(ScmFixtures.ref(WEB, head, null)));
  }

  /** An issue in release 1.0 crashing in app/checkout.py; its id, its jobs not run yet. */
  long issue() {
    TestApi.Response created =
        api.post(
            "/api/0/projects/" + s.installed().org().slug() + "/app/issues/",
            s.installed().org().owner().token(),
            Map.of(
                "title",
                "Crash in checkout",
                "release",
                "1.0",
                "stacktrace",
                Map.of(
                    "frames",
                    List.of(Map.of("filename", "app/checkout.py", "lineNo", 9, "inApp", true)))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  JsonNode suggested(long issue) {
    return s.get(s.installed().org().issuePath(String.valueOf(issue)) + "suggested-assignees/");
  }

  TestApi.Response autoAssign(String value) {
    return api.put(
        "/api/0/projects/" + s.installed().org().slug() + "/app/ownership/",
        s.installed().org().owner().token(),
        Map.of("autoAssignment", value));
  }

  @Test
  void theAuthorOfASuspectCommitIsSuggestedByEmail() {
    AdoUser developer = s.installed().ado().developer();
    long member = s.member(developer.email(), "Dev");
    String commit = commitBy(developer, "/src/app/checkout.py");
    release(commit);

    long issue = issue();
    dueJobs.run();

    JsonNode suggested = suggested(issue);
    assertThat(suggested).hasSize(1);
    assertThat(suggested.get(0).get("id").asLong()).isEqualTo(member);
    assertThat(suggested.get(0).get("reason").asString())
        .isEqualTo("authored a suspect commit (" + commit.substring(0, 8) + ")");
    assertThat(s.issueJson(issue).get("assignedTo").isNull())
        .as("the project does not assign automatically")
        .isTrue();
  }

  @Test
  void anAuthorWithAnotherEmailIsSuggestedThroughTheUserMapping() {
    AdoUser owner = s.installed().ado().owner();
    long mapped = s.member("mapped@adolink.test", "Mapped");
    assertThat(s.mapUser(mapped, owner.displayName() + " <" + owner.email() + ">").status())
        .isEqualTo(201);
    release(commitBy(owner, "/src/app/checkout.py"));

    long issue = issue();
    dueJobs.run();

    JsonNode suggested = suggested(issue);
    assertThat(suggested.get(0).get("email").asString()).isEqualTo("mapped@adolink.test");
    assertThat(suggested.get(0).get("reason").asString()).contains("user mapping");
  }

  @Test
  void aNewIssueIsAssignedToTheTopSuspectCommitsAuthorAndAzureDevOpsFollows() {
    AdoUser developer = s.installed().ado().developer();
    s.member(developer.email(), "Dev");
    String commit = commitBy(developer, "/src/app/checkout.py");
    release(commit);
    assertThat(autoAssign("Auto Assign to Suspect Commits").status()).isEqualTo(200);
    int bug = s.createWorkItem("Web", "Bug", "Crash in checkout");
    long issue = issue();
    s.link(issue, bug);

    sync.sync();

    assertThat(s.issueJson(issue).get("assignedTo").get("email").asString())
        .isEqualToIgnoringCase(developer.email());
    JsonNode assigned =
        s.activities(issue)
            .valueStream()
            .filter(a -> a.get("type").asString().equals("assigned"))
            .findFirst()
            .orElseThrow();
    assertThat(assigned.get("data").get("reason").asString()).isEqualTo("suspect_commit");
    assertThat(assigned.get("data").get("commit").asString()).isEqualTo(commit);
    Identity inAdo = s.workItem(bug).fields().assignedTo().orElseThrow();
    assertThat(inAdo.email()).isEqualToIgnoringCase(developer.email());
  }

  @Test
  void anIssueSomeoneUnassignedIsNotAssignedAgain() {
    AdoUser developer = s.installed().ado().developer();
    s.member(developer.email(), "Dev");
    release(commitBy(developer, "/src/app/checkout.py"));
    autoAssign("Auto Assign to Suspect Commits");
    long issue = issue();
    dueJobs.run();
    Map<String, Object> nobody = new HashMap<>();
    nobody.put("assignedTo", null);
    s.updateIssue(issue, nobody);

    String later = commitBy(developer, "/lib/app/checkout.py");
    scm.settle();
    assertThat(
            scm.createRelease(s.installed(), "1.0", List.of(ScmFixtures.ref(WEB, later, null)))
                .status())
        .as("refs replaced and fetched again")
        .isEqualTo(208);
    dueJobs.run();

    assertThat(suggested(issue).get(0).get("commit").asString()).isEqualTo(later);
    assertThat(s.issueJson(issue).get("assignedTo").isNull()).isTrue();
  }

  @Test
  void theSettingIsReadBackAndABadValueIsRefused() {
    assertThat(autoAssign("Auto Assign to Suspect Commits").json().get("autoAssignment").asString())
        .isEqualTo("Auto Assign to Suspect Commits");
    TestApi.Response bad = autoAssign("sometimes");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error("autoAssignment")).contains("Turn off Auto-Assignment");
    assertThat(
            s.get("/api/0/projects/" + s.installed().org().slug() + "/app/ownership/")
                .get("autoAssignment")
                .asString())
        .isEqualTo("Auto Assign to Suspect Commits");
  }
}
