package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue #14's performance target on both databases, with a fixed dataset: finding the suspect
 * commits of an issue with 50 frames among the 5,000 commits (20,000 file changes, 2,000 files) of
 * its release window takes under 50 ms (the best of ten runs, database reads and writes included).
 * The dataset is stored directly, as a fetch would store it, to keep the test short.
 */
@AdolinkIT
class SuspectCommitsTimingIT {

  static final int COMMITS = 5_000;
  static final int FILES_PER_COMMIT = 4;
  static final int FILES = 2_000;
  static final int FRAMES = 50;

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;
  @Autowired CommitRepository commits;
  @Autowired ReleaseRepository releases;
  @Autowired SuspectCommits suspects;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  static String file(int n) {
    return "/src/main/java/com/acme/module" + (n % 20) + "/pkg" + (n % 7) + "/File" + n + ".java";
  }

  @Test
  void fiftyFramesAmongFiveThousandCommitsAreMatchedInUnderFiftyMilliseconds() {
    Installed installed = integrations.installed();
    scm.settle();
    long repoId = scm.addRepository(installed, ScmFixtures.WEB).get("id").asLong();
    long orgId =
        jdbc.sql("select id from organizations where slug = :slug")
            .param("slug", installed.org().slug())
            .query(Long.class)
            .single();
    long projectId =
        jdbc.sql("select id from projects where organization_id = :org and slug = 'app'")
            .param("org", orgId)
            .query(Long.class)
            .single();
    Random random = new Random(14);
    List<FetchedCommit> fetched = new ArrayList<>();
    for (int i = 0; i < COMMITS; i++) {
      byte[] sha = new byte[20];
      random.nextBytes(sha);
      List<FileChange> files = new ArrayList<>();
      for (int f = 0; f < FILES_PER_COMMIT; f++) {
        files.add(new FileChange(file(random.nextInt(FILES)), FileChange.MODIFIED));
      }
      fetched.add(
          new FetchedCommit(
              HexFormat.of().formatHex(sha),
              "Change " + i,
              "Dev " + (i % 30),
              "dev" + (i % 30) + "@acme.test",
              clock.instant().minus(Duration.ofMinutes(COMMITS - i)),
              files));
    }
    commits.insert(repoId, fetched, clock.instant());
    long releaseId = releases.insert(orgId, "timing-1.0", CommitFetch.Status.NONE, clock.instant());
    releases.addProjects(releaseId, List.of(projectId));
    releases.replaceCommits(
        releaseId,
        List.copyOf(
            commits.ids(repoId, fetched.stream().map(FetchedCommit::sha).toList()).values()));
    List<Map<String, Object>> frames = new ArrayList<>();
    for (int i = 0; i < FRAMES; i++) {
      String path = file(i * 37 % FILES).substring("/src/main/java/".length());
      frames.add(Map.of("filename", path, "lineNo", i + 1, "inApp", true));
    }
    TestApi.Response issue =
        api.post(
            "/api/0/projects/" + installed.org().slug() + "/app/issues/",
            installed.org().owner().token(),
            Map.of(
                "title",
                "Deep crash",
                "release",
                "timing-1.0",
                "stacktrace",
                Map.of("frames", frames)));
    long issueId = issue.json().get("id").asLong();

    long best = Long.MAX_VALUE;
    List<Long> runs = new ArrayList<>();
    for (int run = 0; run < 10; run++) {
      long start = System.nanoTime();
      suspects.compute(orgId, issueId);
      long took = (System.nanoTime() - start) / 1_000_000;
      runs.add(took);
      best = Math.min(best, took);
    }

    System.out.println(
        "suspect-commits timing: "
            + FRAMES
            + " frames, "
            + COMMITS
            + " commits: runs "
            + runs
            + " ms, best "
            + best
            + " ms");
    JsonNode found = scm.get(installed, "issues/" + issueId + "/suspect-commits/");
    assertThat(found).hasSize(3);
    assertThat(best).as("best of ten, in ms: %s", runs).isLessThan(50);
  }
}
