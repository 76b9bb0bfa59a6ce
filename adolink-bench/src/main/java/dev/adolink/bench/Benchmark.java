package dev.adolink.bench;

import dev.adolink.bench.harness.Report;
import java.nio.file.Path;

/** One system benchmark, run by {@code bench/run NAME}. */
interface Benchmark {

  /** The NAME on the command line, e.g. {@code commit-range}. */
  String name();

  /** What it measures, for the usage text. */
  String description();

  /** Starts what it needs from the jars under {@code root}, runs, and answers its report. */
  Report run(Path root) throws Exception;
}
