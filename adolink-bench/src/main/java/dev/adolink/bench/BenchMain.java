package dev.adolink.bench;

import dev.adolink.bench.harness.Machine;
import dev.adolink.bench.harness.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar adolink-bench.jar NAME [--root DIR]}: runs one benchmark against the emulator
 * and server jars built under DIR (default: the current directory) and prints its report, whose
 * last line is one JSON object (DESIGN §7). {@code bench/run NAME} builds the jars first.
 */
public final class BenchMain {

  private static final List<Benchmark> BENCHMARKS =
      List.of(
          new CommitRangeBenchmark(),
          new WebhookIntake(),
          new BulkResolve(),
          new CrashRecovery(),
          new IngestBenchmark(),
          new StartupBenchmark());

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    String name = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--root") && i + 1 < args.length) {
        root = Path.of(args[++i]).toAbsolutePath();
      } else {
        name = args[i];
      }
    }
    Optional<Benchmark> benchmark = find(name);
    if (benchmark.isEmpty()) {
      System.err.println("usage: bench/run NAME, where NAME is one of:");
      BENCHMARKS.forEach(b -> System.err.println("  " + b.name() + "  " + b.description()));
      System.exit(2);
      return;
    }
    Machine start = Machine.now();
    System.err.println("load average at start: " + start.loadAverage());
    Report report = benchmark.get().run(root);
    report.machine(start, Machine.now()).print(System.out);
    System.exit(0);
  }

  private static Optional<Benchmark> find(String name) {
    return BENCHMARKS.stream().filter(b -> b.name().equals(name)).findFirst();
  }
}
