package dev.adolink.bench;

import dev.adolink.bench.harness.Database;
import dev.adolink.bench.harness.Http;
import dev.adolink.bench.harness.Report;
import dev.adolink.bench.harness.Stack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench/run bulk-resolve}: 1,000 issues, each linked to its own bug, resolved with one
 * {@code PUT .../issues/?id=..}, while the emulator throttles (429 with {@code Retry-After}) after
 * the second request. Counts the ADO calls the server made (the emulator's request log), the
 * requests sent before a {@code Retry-After} ran out, and the work items that ended in the mapped
 * state.
 */
final class BulkResolve implements Benchmark {

  private static final int ISSUES = 1000;
  static final int RETRY_AFTER_SECONDS = 10;
  private static final int THROTTLE_AFTER = 2;

  @Override
  public String name() {
    return "bulk-resolve";
  }

  @Override
  public String description() {
    return "1,000 linked issues resolved in one request under throttling: ADO calls, early retries";
  }

  @Override
  public Report run(Path root) throws Exception {
    try (Stack stack = Stack.start(root, Database.h2())) {
      SyncSetup.Linked linked =
          SyncSetup.linked(stack, ISSUES, Map.of("sync_status_reverse", true));
      Http api = stack.server().api();
      long mark = stack.emulator().lastRequestSeq();
      stack
          .emulator()
          .faults(
              Map.of(
                  "throttle",
                  Map.of(
                      "mode", "block",
                      "retryAfterSeconds", RETRY_AFTER_SECONDS,
                      "afterRequests", THROTTLE_AFTER)));
      long start = System.nanoTime();
      String ids = linked.issues().stream().map(id -> "id=" + id).collect(Collectors.joining("&"));
      api.put(
          "api/0/organizations/" + linked.orgSlug() + "/issues/?" + ids,
          Map.of("status", "resolved"));
      String outbound =
          SyncSetup.integrationPath(linked.orgSlug(), linked.installationId())
              + "sync-log/?direction=outbound&limit=1000";
      SyncSetup.await(() -> settled(api.get(outbound)) >= ISSUES, 480_000);
      double seconds = (System.nanoTime() - start) / 1e9;
      List<JsonNode> calls = new ArrayList<>();
      stack.emulator().requestsSince(mark).forEach(calls::add);
      stack.emulator().clearFaults();
      int applied = resolved(stack, linked);

      long throttled = calls.stream().filter(c -> c.get("status").asInt() == 429).count();
      Report report =
          new Report(name(), "issues", "applied", "ADO calls", "429s", "early retries", "seconds");
      int early = earlyRetries(calls);
      report.row(ISSUES, applied, calls.size(), throttled, early, seconds);
      calls.forEach(
          c ->
              report.note(
                  c.get("method").asString()
                      + " "
                      + c.get("path").asString()
                      + " -> "
                      + c.get("status").asInt()
                      + " at +"
                      + (c.get("at").asLong() - calls.get(0).get("at").asLong())
                      + " ms"));
      return report
          .figure("issues", ISSUES)
          .figure("applied", applied)
          .figure("calls", calls.size())
          .figure("earlyRetries", early)
          .figure("seconds", seconds);
    }
  }

  /** Outbound entries that ended (written, or written with a fallback state, or failed). */
  static long settled(JsonNode log) {
    int count = 0;
    for (JsonNode entry : log) {
      String result = entry.get("result").asString();
      if (result.equals("applied") || result.equals("fallback") || result.equals("failed")) {
        count++;
      }
    }
    return count;
  }

  /**
   * Requests sent while a throttling window announced by a 429's {@code Retry-After} was still
   * open: the window opens at the first 429 and lasts {@link #RETRY_AFTER_SECONDS}.
   */
  static int earlyRetries(List<JsonNode> calls) {
    long windowEnd = Long.MIN_VALUE;
    int early = 0;
    for (JsonNode call : calls) {
      long at = call.get("at").asLong();
      if (at < windowEnd) {
        early++;
      }
      if (call.get("status").asInt() == 429 && at >= windowEnd) {
        windowEnd = at + RETRY_AFTER_SECONDS * 1000L;
      }
    }
    return early;
  }

  /** The bugs in the mapped state, asked through ADO's API (after the measured calls). */
  private static int resolved(Stack stack, SyncSetup.Linked linked) {
    Http ado = stack.emulator().api(SyncSetup.ORGANIZATION, SyncSetup.PAT);
    JsonNode found =
        ado.post(
            "Web/_apis/wit/wiql?api-version=7.1",
            Map.of("query", "Select [System.Id] From WorkItems Where [System.State] = 'Resolved'"));
    return found.get("workItems").size();
  }
}
