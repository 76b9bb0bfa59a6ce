package dev.adolink.bench;

import dev.adolink.bench.CommitRangeSetup.Range;
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
 * of the same range, half before and half after the release, scaled to the whole range.
 */
final class CommitRangeBenchmark implements Benchmark {

  static final int COMMITS = 5000;
  static final int FILES = 3;
  static final int LATENCY_MS = 25;
  static final int BASELINE_COMMITS = 500;
  static final int PAGE = 100;

  /** The server's reads in flight: adolink.scm.commit-concurrency and the client's limit. */
  static final int IN_FLIGHT = 16;

  /** A release of this many commits in another repository first warms the server's JVM up. */
  static final int WARMUP_COMMITS = 1000;

  private static final String ORG = CommitRangeSetup.ORG;
  private static final String PROJECT = CommitRangeSetup.PROJECT;
  private static final String WARMUP = "Warmup";
  private static final Duration TIMEOUT = Duration.ofMinutes(7);

  @Override
  public String name() {
    return "commit-range";
  }

  @Override
  public String description() {
    return "a release of 5,000 commits (3 files each) at 25 ms latency vs. the sequential fetch";
  }

  /**
   * @param listSeconds from the release's creation to the last commit list answer
   */
  private record Measured(
      int commits,
      long calls,
      double seconds,
      double listSeconds,
      long fileChanges,
      double serverCpuSeconds,
      double emulatorCpuSeconds) {}

  @Override
  public Report run(Path root) throws Exception {
    try (Stack stack = Stack.start(root, Database.h2())) {
      EmulatorProcess ado = stack.emulator();
      Http api = stack.server().api();
      String pat = CommitRangeSetup.organization(ado, List.of(WARMUP, PROJECT));
      Range warmup = CommitRangeSetup.generate(ado, WARMUP, WARMUP_COMMITS, FILES);
      Range range = CommitRangeSetup.generate(ado, PROJECT, COMMITS, FILES);
      CommitRangeSetup.connect(api, ado, pat, List.of(warmup, range));
      ado.faults(Map.of("latencyMs", LATENCY_MS));
      release(stack, warmup, "warmup-1");
      // the baseline in two slices, before and after the release, so that other load on the
      // machine weighs on both alike
      Measured before = baseline(ado, pat, range, 0);
      Measured adolink = release(stack, range, "bench-1");
      Measured after = baseline(ado, pat, range, BASELINE_COMMITS / 2);
      Measured baseline =
          new Measured(
              before.commits() + after.commits(),
              before.calls() + after.calls(),
              before.seconds() + after.seconds(),
              0,
              0,
              0,
              before.emulatorCpuSeconds() + after.emulatorCpuSeconds());
      ado.clearFaults();
      return report(adolink, baseline);
    }
  }

  /** Creates the release and waits until its commit fetch is done. */
  private static Measured release(Stack stack, Range range, String version)
      throws InterruptedException {
    Http api = stack.server().api();
    EmulatorProcess ado = stack.emulator();
    long since = ado.lastRequestSeq();
    double serverCpu = stack.server().cpuSeconds();
    double emulatorCpu = ado.cpuSeconds();
    long start = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    api.post(
        "api/0/organizations/" + ORG + "/releases/",
        Map.of(
            "version",
            version,
            "projects",
            List.of(CommitRangeSetup.TRACKER_PROJECT),
            "refs",
            List.of(
                Map.of(
                    "repository",
                    range.name(),
                    "commit",
                    range.lastCommit(),
                    "previousCommit",
                    range.previousCommit()))));
    JsonNode release;
    while (true) {
      release = api.get("api/0/organizations/" + ORG + "/releases/" + version + "/");
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
    // to match a profile's samples with the release job
    System.err.printf(
        "release %s: %s to %s%n",
        version,
        java.time.Instant.ofEpochMilli(startMillis),
        java.time.Instant.ofEpochMilli(System.currentTimeMillis()));
    serverCpu = stack.server().cpuSeconds() - serverCpu;
    emulatorCpu = ado.cpuSeconds() - emulatorCpu;
    int commits = release.get("commitCount").asInt();
    if (commits != range.commits()) {
      throw new IllegalStateException(
          "the release has " + commits + " commits, not " + range.commits());
    }
    JsonNode requests = ado.requestsSince(since);
    long lastList = startMillis;
    for (JsonNode request : requests) {
      if (request.get("path").asString().endsWith("/commitsbatch")) {
        lastList = Math.max(lastList, request.get("at").asLong());
      }
    }
    long files = 0;
    for (JsonNode commit :
        api.get("api/0/organizations/" + ORG + "/releases/" + version + "/commits/")) {
      files += commit.get("files").size();
    }
    return new Measured(
        commits,
        requests.size(),
        seconds,
        (lastList - startMillis) / 1e3,
        files,
        serverCpu,
        emulatorCpu);
  }

  /**
   * The reference's calls one at a time, straight against the emulator's API, for half of {@value
   * #BASELINE_COMMITS} commits from the {@code first}: commit list pages of {@value #PAGE}
   * (commitsbatch, as the reference lists a range), then per commit the commit (full message) and
   * its changes.
   */
  private static Measured baseline(EmulatorProcess ado, String pat, Range range, int first) {
    int commits = BASELINE_COMMITS / 2;
    Http api = ado.api(ORG, pat);
    String repo = "_apis/git/repositories/" + range.repositoryId();
    Map<String, Object> criteria =
        Map.of(
            "itemVersion",
            Map.of("versionType", "commit", "version", range.previousCommit()),
            "compareVersion",
            Map.of("versionType", "commit", "version", range.lastCommit()));
    long since = ado.lastRequestSeq();
    double emulatorCpu = ado.cpuSeconds();
    long start = System.nanoTime();
    int listed = 0;
    for (int skip = first; listed < commits; skip += PAGE) {
      JsonNode page =
          api.post(
              repo + "/commitsbatch?$top=" + PAGE + "&$skip=" + skip + "&api-version=7.1",
              criteria);
      for (JsonNode commit : page.get("value")) {
        if (listed++ < commits) {
          String id = commit.get("commitId").asString();
          api.get(repo + "/commits/" + id + "?api-version=7.1");
          api.get(repo + "/commits/" + id + "/changes?api-version=7.1");
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measured(
        commits, ado.requestsSince(since).size(), seconds, 0, 0, 0, ado.cpuSeconds() - emulatorCpu);
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
                + " commits of the range, half before and half after the release job, and scaled x"
                + Math.round(scale)
                + "; "
                + LATENCY_MS
                + " ms emulated latency on every ADO call; call budget "
                + budget
                + (adolink.calls() <= budget ? " kept" : " EXCEEDED")
                + "; measured after a warm-up release of "
                + WARMUP_COMMITS
                + " commits")
        .note(
            "the release job listed the range in "
                + String.format("%.2f", adolink.listSeconds())
                + " s while reading the commits; the release has "
                + adolink.fileChanges()
                + " file changes (a rename counts as D + A)")
        .note(
            String.format(
                java.util.Locale.ROOT,
                "CPU during the release job: server %.1f s, emulator %.1f s, together %.1f s of"
                    + " the %d cores' %.1f s; network floor at %d ms and %d in flight: %.1f s",
                adolink.serverCpuSeconds(),
                adolink.emulatorCpuSeconds(),
                adolink.serverCpuSeconds() + adolink.emulatorCpuSeconds(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors() * adolink.seconds(),
                LATENCY_MS,
                IN_FLIGHT,
                adolink.calls() * LATENCY_MS / 1000.0 / IN_FLIGHT))
        .figure("serverCpuSeconds", adolink.serverCpuSeconds())
        .figure("emulatorCpuSeconds", adolink.emulatorCpuSeconds())
        .figure("commits", adolink.commits())
        .figure("calls", adolink.calls())
        .figure("callBudget", budget)
        .figure("fileChanges", adolink.fileChanges())
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
