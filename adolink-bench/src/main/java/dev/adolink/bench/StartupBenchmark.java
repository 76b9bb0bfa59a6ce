package dev.adolink.bench;

import dev.adolink.bench.harness.Http;
import dev.adolink.bench.harness.Machine;
import dev.adolink.bench.harness.Report;
import dev.adolink.bench.harness.Starts;
import dev.adolink.bench.harness.Starts.Start;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run startup}: seconds from {@code adolink-server/target/adolink} (the README's
 * command, on a fresh data directory and H2) to its {@code /actuator/health} answering 200, beside
 * a plain Spring Boot app with the same starters ({@code adolink-startup-baseline}), started
 * alternately, {@value #ROUNDS} times each (after one start of each, not counted); the medians are
 * compared.
 */
final class StartupBenchmark implements Benchmark {

  /** Starts of each app ({@code -Dadolink.bench.startup.rounds=N} for a quick check). */
  static final int ROUNDS = Integer.getInteger("adolink.bench.startup.rounds", 5);

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public String description() {
    return "seconds from the README's command to healthy, beside Spring Boot with the same starters";
  }

  @Override
  public Report run(Path root) throws Exception {
    Path logDir = Files.createDirectories(root.resolve("bench/out"));
    // the README's command: the launcher (class data sharing archive), adolink.jar without one
    Path adolink = Starts.adolink(root);
    Path baseline = root.resolve("adolink-startup-baseline/target/startup-baseline.jar");
    HttpClient client = Http.newClient();
    // one start of each first, not counted: the jars into the page cache, the JDK's CDS archive
    Starts.time("startup-warmup-baseline", baseline, List.of(), logDir, client);
    Starts.time("startup-warmup-adolink", adolink, List.of(), logDir, client);
    Report report =
        new Report(
            name(),
            "round",
            "app",
            "healthy s",
            "Spring's started in s",
            "CPU s",
            "load 1 min after");
    List<Double> adolinkSeconds = new ArrayList<>();
    List<Double> baselineSeconds = new ArrayList<>();
    List<Double> adolinkSpring = new ArrayList<>();
    List<Double> adolinkCpu = new ArrayList<>();
    List<Double> baselineCpu = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      // the first of the pair alternates, so that neither always follows the other's exit
      boolean baselineFirst = round % 2 == 1;
      for (int i = 0; i < 2; i++) {
        boolean isBaseline = baselineFirst == (i == 0);
        Start start =
            Starts.time(
                "startup-" + (isBaseline ? "baseline" : "adolink") + "-" + round,
                isBaseline ? baseline : adolink,
                List.of(),
                logDir,
                client);
        (isBaseline ? baselineSeconds : adolinkSeconds).add(start.healthySeconds());
        (isBaseline ? baselineCpu : adolinkCpu).add(start.cpuSeconds());
        if (!isBaseline) {
          adolinkSpring.add(start.springSeconds());
        }
        report.row(
            round,
            isBaseline ? "Spring Boot, same starters" : "adolink",
            start.healthySeconds(),
            start.springSeconds(),
            start.cpuSeconds(),
            Machine.now().loadAverage().split(" ")[0]);
      }
    }
    double adolinkMedian = median(adolinkSeconds);
    double baselineMedian = median(baselineSeconds);
    return report
        .row("median", "adolink", adolinkMedian, median(adolinkSpring), median(adolinkCpu), "-")
        .row("median", "Spring Boot, same starters", baselineMedian, "-", median(baselineCpu), "-")
        .note("target: adolink healthy in < 6 s on a quiet machine (fresh data dir, H2)")
        .note("adolink: " + root.relativize(adolink))
        .note(
            "CPU s: the process's CPU time (all threads) until healthy; on a busy machine it"
                + " changes much less than the seconds do")
        .figure("cpuSeconds", median(adolinkCpu))
        .figure("baselineCpuSeconds", median(baselineCpu))
        .figure("seconds", adolinkMedian)
        .figure("springSeconds", median(adolinkSpring))
        .figure("baselineSeconds", baselineMedian)
        .figure("ratio", adolinkMedian / baselineMedian)
        .figure("rounds", ROUNDS);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
