package dev.adolink.bench;

import dev.adolink.bench.harness.Database;
import dev.adolink.bench.harness.EmulatorProcess;
import dev.adolink.bench.harness.Http;
import dev.adolink.bench.harness.Report;
import dev.adolink.bench.harness.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code commit-range}: a release of {@value #COMMITS} commits with {@value #FILES} changed files
 * each, fetched by the server's commit-range job at {@value #LATENCY_MS} ms emulated latency,
 * beside a sequential baseline that makes the reference's calls one at a time (one commit list
 * page, then per commit a get and a changes call) on the first {@value #BASELINE_COMMITS} commits
 * of the same range, scaled to the whole range.
 */
final class CommitRangeBenchmark implements Benchmark {

  static final int COMMITS = 5000;
  static final int FILES = 3;
  static final int LATENCY_MS = 25;
  static final int BASELINE_COMMITS = 500;
  static final int PAGE = 100;

  private static final String ORG = "bench";
  private static final String PROJECT = "Bench";
  private static final Duration TIMEOUT = Duration.ofMinutes(7);

  @Override
  public String name() {
    return "commit-range";
  }

  @Override
  public String description() {
    return "a release of 5,000 commits (3 files each) at 25 ms latency vs. the sequential fetch";
  }

  /** The emulator organization with the release's history and what the run needs to know. */
  private record History(
      String pat, String repositoryId, String previousCommit, String lastCommit) {}

  /**
   * @param listSeconds from the release's creation to the last commit list answer
   */
  private record Measured(int commits, long calls, double seconds, double listSeconds) {}

  @Override
  public Report run(Path root) throws Exception {
    try (Stack stack = Stack.start(root, Database.h2())) {
      EmulatorProcess ado = stack.emulator();
      History history = history(ado);
      connect(stack.server().api(), ado, history);
      ado.faults(Map.of("latencyMs", LATENCY_MS));
      Measured adolink = release(stack.server().api(), ado, history);
      Measured baseline = baseline(ado, history);
      ado.clearFaults();
      return report(adolink, baseline);
    }
  }

  /** An organization whose repository has an initial commit and then {@value #COMMITS} more. */
  private static History history(EmulatorProcess ado) {
    Map<String, Object> initial =
        Map.of(
            "message",
            "Initial commit",
            "changes",
            List.of(Map.of("type", "add", "path", "/README.md", "content", "bench")));
    JsonNode seeded =
        ado.control()
            .post(
                "seed",
                Map.of(
                    "organizations",
                    List.of(
                        Map.of(
                            "name",
                            ORG,
                            "users",
                            List.of(
                                Map.of("email", "dev@bench.example", "displayName", "Bench Dev")),
                            "projects",
                            List.of(
                                Map.of(
                                    "name",
                                    PROJECT,
                                    "repositories",
                                    List.of(
                                        Map.of("name", PROJECT, "commits", List.of(initial)))))))));
    String pat = seeded.get(0).get("users").get(0).get("pat").asString();
    JsonNode generated = ado.generate(ORG, PROJECT, COMMITS, FILES);
    return new History(
        pat,
        generated.get("repositoryId").asString(),
        generated.get("previousCommit").asString(),
        generated.get("lastCommit").asString());
  }

  /** A tracker organization with the ADO organization installed and its repository added. */
  private static void connect(Http api, EmulatorProcess ado, History history) {
    api.post("api/0/organizations/", Map.of("slug", ORG, "name", "Bench"));
    api.post("api/0/organizations/" + ORG + "/projects/", Map.of("slug", "web", "name", "Web"));
    JsonNode installed =
        api.post(
            "api/0/organizations/" + ORG + "/integrations/azure-devops/",
            Map.of("organizationUrl", ado.url(ORG + "/"), "pat", history.pat()));
    api.post(
        "api/0/organizations/" + ORG + "/repos/",
        Map.of(
            "provider",
            "integrations:vsts",
            "installation",
            installed.get("id").asString(),
            "identifier",
            history.repositoryId()));
  }

  /** Creates the release and waits until its commit fetch is done. */
  private static Measured release(Http api, EmulatorProcess ado, History history)
      throws InterruptedException {
    long since = ado.lastRequestSeq();
    long start = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    api.post(
        "api/0/organizations/" + ORG + "/releases/",
        Map.of(
            "version",
            "bench-1",
            "projects",
            List.of("web"),
            "refs",
            List.of(
                Map.of(
                    "repository",
                    PROJECT + "/" + PROJECT,
                    "commit",
                    history.lastCommit(),
                    "previousCommit",
                    history.previousCommit()))));
    JsonNode release;
    while (true) {
      release = api.get("api/0/organizations/" + ORG + "/releases/bench-1/");
      String status = release.get("commitFetch").get("status").asString();
      if (status.equals("done")) {
        break;
      }
      if (status.equals("failed") || System.nanoTime() - start > TIMEOUT.toNanos()) {
        throw new IllegalStateException("the commit fetch did not finish: " + release);
      }
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int commits = release.get("commitCount").asInt();
    if (commits != COMMITS) {
      throw new IllegalStateException("the release has " + commits + " commits, not " + COMMITS);
    }
    JsonNode requests = ado.requestsSince(since);
    long lastList = startMillis;
    for (JsonNode request : requests) {
      if (request.get("path").asString().endsWith("/commitsbatch")) {
        lastList = Math.max(lastList, request.get("at").asLong());
      }
    }
    return new Measured(commits, requests.size(), seconds, (lastList - startMillis) / 1e3);
  }

  /**
   * The reference's calls one at a time, straight against the emulator's API: commit list pages of
   * {@value #PAGE} (commitsbatch, as the reference lists a range), then per commit the commit (full
   * message) and its changes.
   */
  private static Measured baseline(EmulatorProcess ado, History history) {
    Http api = ado.api(ORG, history.pat());
    String repo = "_apis/git/repositories/" + history.repositoryId();
    Map<String, Object> range =
        Map.of(
            "itemVersion",
            Map.of("versionType", "commit", "version", history.previousCommit()),
            "compareVersion",
            Map.of("versionType", "commit", "version", history.lastCommit()));
    long since = ado.lastRequestSeq();
    long start = System.nanoTime();
    int listed = 0;
    for (int skip = 0; listed < BASELINE_COMMITS; skip += PAGE) {
      JsonNode page =
          api.post(
              repo + "/commitsbatch?$top=" + PAGE + "&$skip=" + skip + "&api-version=7.1", range);
      for (JsonNode commit : page.get("value")) {
        if (listed++ < BASELINE_COMMITS) {
          String id = commit.get("commitId").asString();
          api.get(repo + "/commits/" + id + "?api-version=7.1");
          api.get(repo + "/commits/" + id + "/changes?api-version=7.1");
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measured(BASELINE_COMMITS, ado.requestsSince(since).size(), seconds, 0);
  }

  private Report report(Measured adolink, Measured baseline) {
    double scale = (double) COMMITS / baseline.commits();
    double baselineSeconds = baseline.seconds() * scale;
    long baselineCalls = (COMMITS + PAGE - 1) / PAGE + 2L * COMMITS;
    long budget = (COMMITS + PAGE - 1) / PAGE + COMMITS + 10;
    double speedup = baselineSeconds / adolink.seconds();
    return new Report(name(), "fetch", "commits", "ADO calls", "seconds", "commits/s")
        .row(
            "adolink release job",
            adolink.commits(),
            adolink.calls(),
            adolink.seconds(),
            adolink.commits() / adolink.seconds())
        .row(
            "sequential baseline (measured)",
            baseline.commits(),
            baseline.calls(),
            baseline.seconds(),
            baseline.commits() / baseline.seconds())
        .row(
            "sequential baseline (scaled)",
            COMMITS,
            baselineCalls,
            baselineSeconds,
            COMMITS / baselineSeconds)
        .note(
            "baseline measured on the first "
                + baseline.commits()
                + " commits of the range and scaled x"
                + Math.round(scale)
                + "; "
                + LATENCY_MS
                + " ms emulated latency on every ADO call; call budget "
                + budget
                + (adolink.calls() <= budget ? " kept" : " EXCEEDED"))
        .note(
            "the release job listed the range in "
                + String.format("%.2f", adolink.listSeconds())
                + " s, then read the commits")
        .figure("commits", adolink.commits())
        .figure("calls", adolink.calls())
        .figure("callBudget", budget)
        .figure("seconds", adolink.seconds())
        .figure("baselineSeconds", baselineSeconds)
        .figure("baselineCalls", baselineCalls)
        .figure("baselineMeasuredCommits", baseline.commits())
        .figure("baselineMeasuredSeconds", baseline.seconds())
        .figure("speedup", speedup)
        .figure("latencyMs", LATENCY_MS)
        .figure("database", "h2");
  }
}
