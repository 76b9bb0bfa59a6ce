package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.delete;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.edit;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.rename;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static dev.adolink.server.scm.ScmFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.git.Push;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class ReleaseCommitsIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;
  @Autowired DueJobs dueJobs;
  @Autowired MutableClock clock;
  @Autowired Installations installations;

  Installed installed;

  @BeforeEach
  void setUp() {
    installed = integrations.installed();
  }

  /** Commits pushed before the repository is added: no push delivery stores them. */
  void added() {
    scm.settle();
    scm.addRepository(installed, WEB);
  }

  static List<String> ids(List<JsonNode> commits) {
    return commits.stream().map(c -> c.get("id").asString()).toList();
  }

  @Nested
  class Ranges {

    @Test
    void fromThePreviousCommitWithFullMessagesAndFileChanges() {
      String a = scm.commit(installed, WEB, "Start", add("/README.md", "hi"));
      String b =
          scm.commit(
              installed,
              WEB,
              "Add the app\n\nA body the list truncates.",
              edit("/README.md", "2"),
              add("/src/app.py", "x"));
      String c = scm.commit(installed, WEB, "Drop the readme", delete("/README.md"));
      String d = scm.commit(installed, WEB, "Rename", rename("/src/app.py", "/src/main.py"));
      added();

      JsonNode release = scm.release(installed, "1.0.0", List.of(ref(WEB, d, a)));

      assertThat(release.get("commitFetch").get("status").asString()).isEqualTo("done");
      assertThat(release.get("commitFetch").get("fetched").asInt()).isEqualTo(3);
      assertThat(release.get("commitFetch").get("total").asInt()).isEqualTo(3);
      assertThat(release.get("commitCount").asInt()).isEqualTo(3);
      List<JsonNode> commits = scm.releaseCommits(installed, "1.0.0");
      assertThat(ids(commits)).containsExactly(d, c, b);
      assertThat(files(commits.get(0)))
          .containsExactly(tuple("/src/app.py", "D"), tuple("/src/main.py", "A"));
      assertThat(files(commits.get(1))).containsExactly(tuple("/README.md", "D"));
      assertThat(files(commits.get(2)))
          .containsExactly(tuple("/README.md", "M"), tuple("/src/app.py", "A"));
      assertThat(commits.get(2).get("message").asString().strip())
          .isEqualTo("Add the app\n\nA body the list truncates.");
      assertThat(commits.get(2).get("repository").asString()).isEqualTo(WEB);
      assertThat(commits.get(2).get("author").get("email").asString())
          .isEqualTo(installed.ado().owner().email());
      assertThat(commits.get(2).get("dateCreated").asString()).isNotBlank();
    }

    @Test
    void fromTheHeadOfTheRepositoryInThePreviousRelease() {
      String a = scm.commit(installed, WEB, "One", add("/a.txt", "1"));
      String b = scm.commit(installed, WEB, "Two", add("/b.txt", "2"));
      added();
      scm.release(installed, "1.0", List.of(ref(WEB, b, a)));
      String c = scm.commit(installed, WEB, "Three", add("/c.txt", "3"));
      String d = scm.commit(installed, WEB, "Four", add("/d.txt", "4"));
      scm.settle();

      scm.release(installed, "2.0", List.of(ref(WEB, d, null)));

      assertThat(ids(scm.releaseCommits(installed, "2.0"))).containsExactly(d, c);
    }

    @Test
    void withoutAStartTheHistoryUpToTheLimitInPagesOfOneHundred() {
      Push push =
          integrations.emulator().generateHistory(installed.ado().name(), "Web", "Web", 160, 1);
      added();
      String head = push.commitIds().get(push.commitIds().size() - 1);
      long since = scm.lastRequest();

      JsonNode release = scm.release(installed, "big", List.of(ref(WEB, head, null)));

      // adolink.scm.commit-range-limit is 150 in the ITs
      assertThat(release.get("commitFetch").get("total").asInt()).isEqualTo(150);
      assertThat(release.get("commitCount").asInt()).isEqualTo(150);
      List<String> ids = ids(scm.releaseCommits(installed, "big"));
      assertThat(ids.get(0)).isEqualTo(head);
      assertThat(ids).doesNotContainAnyElementsOf(push.commitIds().subList(0, 10));
      String repo = scm.repositoryId(installed, WEB);
      assertThat(scm.requestsSince(since, repo + "/commitsbatch")).hasSize(2);
      assertThat(scm.requestsSince(since, repo + "/commits/"))
          .as("the head checked when the release is created, then the range read")
          .hasSize(151)
          .filteredOn(entry -> entry.query().contains("changeCount=0"))
          .hasSize(1);
    }

    @Test
    void commitsAlreadyStoredAreNotReadAgain() {
      String a = scm.commit(installed, WEB, "One", add("/a.txt", "1"));
      scm.commit(installed, WEB, "Two", add("/b.txt", "2"));
      String c = scm.commit(installed, WEB, "Three", add("/c.txt", "3"));
      added();
      scm.release(installed, "1.0", List.of(ref(WEB, c, a)));
      long since = scm.lastRequest();

      scm.release(installed, "1.0-again", List.of(ref(WEB, c, a)));

      String repo = scm.repositoryId(installed, WEB);
      assertThat(scm.requestsSince(since, repo + "/commitsbatch")).hasSize(1);
      assertThat(scm.requestsSince(since, repo + "/commits/")).isEmpty();
      assertThat(scm.releaseCommits(installed, "1.0-again")).hasSize(2);
    }

    @Test
    void skipsCommitsMarkedSkipAdolink() {
      String a = scm.commit(installed, WEB, "One", add("/a.txt", "1"));
      String b = scm.commit(installed, WEB, "Tidy #skipadolink", add("/b.txt", "2"));
      String c = scm.commit(installed, WEB, "Refactor\n\nnoise #SkipAdolink", add("/c.txt", "3"));
      String d = scm.commit(installed, WEB, "Four", add("/d.txt", "4"));
      added();

      JsonNode release = scm.release(installed, "1.0", List.of(ref(WEB, d, a)));

      assertThat(ids(scm.releaseCommits(installed, "1.0"))).containsExactly(d).doesNotContain(b, c);
      assertThat(release.get("commitFetch").get("fetched").asInt()).isEqualTo(3);
    }
  }

  @Nested
  class Failures {

    @Test
    void anOutageIsRecordedOnTheReleaseAndRetried() {
      String a = scm.commit(installed, WEB, "One", add("/a.txt", "1"));
      String b = scm.commit(installed, WEB, "Two", add("/b.txt", "2"));
      added();
      assertThat(scm.createRelease(installed, "1.0", List.of(ref(WEB, b, a))).status())
          .isEqualTo(201);
      integrations
          .emulator()
          .faults(
              new FaultSettings(
                  0, Optional.empty(), Optional.of(new FaultSettings.Outage(500, 1))));
      try {
        dueJobs.run();
      } finally {
        integrations.emulator().faults(FaultSettings.none());
      }

      JsonNode failed = scm.release(installed, "1.0").get("commitFetch");
      assertThat(failed.get("status").asString()).isEqualTo("retrying");
      assertThat(failed.get("attempts").asInt()).isEqualTo(1);
      assertThat(failed.get("error").asString())
          .startsWith("Azure DevOps is unavailable. Azure DevOps did not answer")
          .contains("attempt 1 of 6, retrying in 60 s");

      clock.advance(Duration.ofMinutes(1));
      dueJobs.run();

      JsonNode done = scm.release(installed, "1.0").get("commitFetch");
      assertThat(done.get("status").asString()).isEqualTo("done");
      assertThat(done.get("error").isNull()).isTrue();
      assertThat(done.get("attempts").asInt()).isEqualTo(2);
      assertThat(ids(scm.releaseCommits(installed, "1.0"))).containsExactly(b);
    }

    @Test
    void progressIsRecordedAsPagesAreStoredAndARetryReadsOnlyWhatIsMissing() {
      Push push =
          integrations.emulator().generateHistory(installed.ado().name(), "Web", "Web", 301, 1);
      added();
      List<String> ids = push.commitIds();
      scm.createRelease(installed, "1.0", List.of(ref(WEB, ids.get(300), ids.get(0))));
      // ADO throttles after 254 requests (listing and reads) for longer than the client waits
      integrations
          .emulator()
          .faults(
              new FaultSettings(
                  0,
                  Optional.of(
                      new FaultSettings.Throttle(FaultSettings.Mode.BLOCK, 600, 254, false, 0)),
                  Optional.empty()));
      try {
        dueJobs.run();
      } finally {
        integrations.emulator().faults(FaultSettings.none());
      }

      JsonNode failed = scm.release(installed, "1.0").get("commitFetch");
      assertThat(failed.get("status").asString()).isEqualTo("retrying");
      assertThat(failed.get("error").asString())
          .contains("Azure DevOps asked adolink to slow down");
      int fetched = failed.get("fetched").asInt();
      assertThat(fetched).as("pages stored before the throttle").isBetween(100, 299);
      long since = scm.lastRequest();

      clock.advance(Duration.ofMinutes(10)); // the client honours ADO's Retry-After too
      dueJobs.run();

      JsonNode done = scm.release(installed, "1.0");
      assertThat(done.get("commitCount").asInt()).isEqualTo(300);
      assertThat(done.get("commitFetch").get("total").asInt()).isEqualTo(300);
      assertThat(scm.requestsSince(since, "/commits/")).hasSize(300 - fetched);
    }

    @Test
    void aPausedInstallationWaitsWithItsReason() {
      String a = scm.commit(installed, WEB, "One", add("/a.txt", "1"));
      String b = scm.commit(installed, WEB, "Two", add("/b.txt", "2"));
      added();
      scm.createRelease(installed, "1.0", List.of(ref(WEB, b, a)));
      installations.pause(installations.find(installed.id()).orElseThrow(), "PAT revoked");

      dueJobs.run();

      JsonNode waiting = scm.release(installed, "1.0").get("commitFetch");
      assertThat(waiting.get("status").asString()).isEqualTo("waiting");
      assertThat(waiting.get("error").asString()).contains("PAT revoked");
    }

    @Test
    void aCommitAzureDevOpsDoesNotKnowIsRefusedWhenTheReleaseIsCreated() {
      scm.commit(installed, WEB, "One", add("/a.txt", "1"));
      added();

      TestApi.Response response =
          scm.createRelease(
              installed,
              "1.0",
              List.of(ref(WEB, "0123456789abcdef0123456789abcdef01234567", null)));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("refs"))
          .isEqualTo(
              "names commit 0123456789abcdef0123456789abcdef01234567, which Azure DevOps does"
                  + " not know in Web/Web: push it first, or check the commit id");
    }

    @Test
    void aRefToARepositoryNotAddedIsRefused() {
      String a = scm.commit(installed, WEB, "One", add("/a.txt", "1"));

      TestApi.Response response = scm.createRelease(installed, "1.0", List.of(ref(WEB, a, null)));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("refs")).isEqualTo("Invalid repository names: Web/Web");
    }

    @Test
    void aShortCommitIdIsRefused() {
      added();

      TestApi.Response response =
          scm.createRelease(installed, "1.0", List.of(ref(WEB, "abc1234", null)));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("refs")).contains("full 40-character commit id");
    }
  }

  static List<org.assertj.core.groups.Tuple> files(JsonNode commit) {
    return commit
        .get("files")
        .valueStream()
        .map(f -> tuple(f.get("path").asString(), f.get("type").asString()))
        .toList();
  }
}
