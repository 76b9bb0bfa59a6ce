package dev.adolink.bench;

import dev.adolink.bench.CrashFlows.Outcome;
import dev.adolink.bench.harness.Database;
import dev.adolink.bench.harness.Report;
import dev.adolink.bench.harness.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code bench/run crash}: every {@link CrashFlows flow} on H2 and on PostgreSQL, each on a fresh
 * stack, the server killed with SIGKILL mid-flow and started again. Prints what was sent, what was
 * in flight at the kill, what was lost or duplicated, and the seconds to converge after the
 * restart.
 */
final class CrashRecovery implements Benchmark {

  /** One flow, run on a fresh stack. */
  @FunctionalInterface
  interface Flow {
    Outcome run(Stack stack) throws Exception;
  }

  static final Map<String, Flow> FLOWS = new LinkedHashMap<>();

  static {
    FLOWS.put("apiWrites", stack -> CrashFlows.apiWrites(stack, Duration.ofSeconds(4)));
    FLOWS.put("outbound", stack -> CrashFlows.outbound(stack, 300, 60, Duration.ofSeconds(2)));
    FLOWS.put("inbound", stack -> CrashFlows.inbound(stack, 150));
    FLOWS.put("commitFetch", stack -> CrashFlows.commitFetch(stack, 2000));
    FLOWS.put("alertRules", stack -> CrashFlows.alertRules(stack, 150, Duration.ofSeconds(4)));
    FLOWS.put("sdkEvents", stack -> CrashFlows.sdkEvents(stack, 600));
    FLOWS.put("outageAndThrottle", stack -> CrashFlows.outageAndThrottle(stack, 300, 60, 40));
  }

  @Override
  public String name() {
    return "crash";
  }

  @Override
  public String description() {
    return "SIGKILL mid-flow on H2 and PostgreSQL: lost, duplicated, seconds to converge";
  }

  @Override
  public Report run(Path root) throws Exception {
    Report report =
        new Report(
            name(),
            "database",
            "flow",
            "sent",
            "in flight",
            "applied",
            "lost",
            "duplicated",
            "converged s");
    List<Outcome> all = new ArrayList<>();
    Map<String, Supplier<Database>> databases = new LinkedHashMap<>();
    databases.put("h2", Database::h2);
    databases.put("postgresql", Database::postgresql);
    for (Map.Entry<String, Supplier<Database>> database : databases.entrySet()) {
      Map<String, Object> figures = new LinkedHashMap<>();
      for (Map.Entry<String, Flow> flow : FLOWS.entrySet()) {
        if (!selected(flow.getKey())) {
          continue;
        }
        try (Stack stack = Stack.start(root, database.getValue().get())) {
          record(
              report, all, figures, database.getKey(), flow.getKey(), flow.getValue().run(stack));
        }
      }
      if (database.getKey().equals("postgresql") && selected("twoInstances")) {
        try (Stack stack = Stack.start(root, database.getValue().get())) {
          record(
              report,
              all,
              figures,
              database.getKey(),
              "twoInstances",
              CrashFlows.twoInstances(stack, Files.createTempDirectory("adolink-bench-b-"), 150));
        }
      }
      report.figure(database.getKey(), figures);
    }
    report.note(
        "converged s: from the restarted server's health until everything arrived; -1: not within "
            + CrashFlows.CONVERGE_WITHIN.toSeconds()
            + " s");
    return report
        .figure("lost", all.stream().mapToInt(Outcome::lost).sum())
        .figure("duplicated", all.stream().mapToInt(Outcome::duplicated).sum())
        .figure("maxConvergedSeconds", all.stream().mapToDouble(Outcome::converged).max().orElse(0))
        .figure("allClean", all.stream().allMatch(Outcome::clean));
  }

  private static void record(
      Report report,
      List<Outcome> all,
      Map<String, Object> figures,
      String database,
      String flow,
      Outcome outcome) {
    all.add(outcome);
    System.err.println(database + ": " + outcome); // progress: the table comes at the end
    figures.put(flow, CrashFlows.figures(outcome));
    report.row(
        database,
        outcome.flow(),
        outcome.sent(),
        outcome.pendingAtKill(),
        outcome.applied(),
        outcome.lost(),
        outcome.duplicated(),
        outcome.converged());
  }

  /**
   * Whether to run the flow: all of them, or those named in {@code CRASH_FLOWS} (comma-separated,
   * e.g. {@code CRASH_FLOWS=alertRules,sdkEvents bench/run crash}).
   */
  private static boolean selected(String flow) {
    String only = System.getenv("CRASH_FLOWS");
    return only == null
        || only.isBlank()
        || java.util.Arrays.asList(only.split(",")).contains(flow);
  }
}
