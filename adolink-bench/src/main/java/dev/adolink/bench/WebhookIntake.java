package dev.adolink.bench;

import dev.adolink.bench.harness.Database;
import dev.adolink.bench.harness.Http;
import dev.adolink.bench.harness.Latencies;
import dev.adolink.bench.harness.Report;
import dev.adolink.bench.harness.Stack;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench/run webhook-intake}: {@code workitem.updated} deliveries, each changing a linked
 * issue's status, posted to {@code /extensions/vsts/issue-updated/} with the subscription's secret
 * as ADO sends them: at increasing fixed rates (latency, and the lag from sending to the issue
 * changed, read from the server's delivery record), then as fast as the server accepts them, beside
 * the same server's no-op endpoint. On H2, then on PostgreSQL.
 */
final class WebhookIntake implements Benchmark {

  private static final int WORK_ITEMS = 100;
  private static final int[] RATES = {50, 100, 200, 300, 400};
  private static final double STEP_SECONDS = 3;
  private static final int TARGET_RATE = 300;
  private static final int SENDERS = 16;
  private static final int ROUNDS = 5;
  private static final Duration SLICE = Duration.ofSeconds(2);

  @Override
  public String name() {
    return "webhook-intake";
  }

  @Override
  public String description() {
    return "workitem.updated deliveries per second, latency and apply lag, beside a no-op endpoint";
  }

  @Override
  public Report run(Path root) throws Exception {
    Report report =
        new Report(
            name(), "database", "load", "accepted/s", "p50 ms", "p99 ms", "p99 apply lag ms");
    Map<String, Object> h2 = measure(root, Database.h2(), report);
    Map<String, Object> postgresql = measure(root, Database.postgresql(), report);
    h2.forEach(report::figure);
    report.figure("database", "h2");
    report.figure("postgresql", postgresql);
    report.note(
        "target (issue #18): accepted/s >= 50% of the no-op endpoint; p99 apply lag < 1000 ms at"
            + " 300/s; on H2 and PostgreSQL");
    return report;
  }

  private Map<String, Object> measure(Path root, Database database, Report report) {
    try (Stack stack = Stack.start(root, database)) {
      SyncSetup.Linked linked =
          SyncSetup.linked(stack, WORK_ITEMS, Map.of("sync_status_reverse", true));
      JsonNode subscription = subscription(stack);
      String secret = subscription.get("consumerInputs").get("httpHeaders").asString();
      secret = secret.substring(secret.indexOf(':') + 1).trim();
      UpdateDeliveries deliveries =
          new UpdateDeliveries(
              linked,
              subscription.get("id").asString(),
              stack.emulator().url(SyncSetup.ORGANIZATION + "/"));
      String server = stack.server().baseUrl();
      Load intake =
          new Load(stack.client(), URI.create(server + "extensions/vsts/issue-updated/"), secret);
      Load noop = new Load(stack.client(), URI.create(server + "extensions/vsts/noop/"), secret);
      String name = database.name();

      Map<String, Object> figures = new LinkedHashMap<>();
      for (int rate : RATES) {
        Load.Result step = intake.openLoop(deliveries::next, rate, (int) (rate * STEP_SECONDS));
        double lag = applyLag(stack, linked, step);
        row(report, name, rate + "/s", step, lag);
        if (rate == TARGET_RATE) {
          figures.put("p50Ms", Report.round(step.latencies().percentileMillis(50)));
          figures.put("p99Ms", Report.round(step.latencies().percentileMillis(99)));
          figures.put("p99ApplyLagMs", Report.round(lag));
        }
      }
      Load.Result[] ceilingAndMost = alternate(stack, linked, noop, intake, deliveries);
      Load.Result ceiling = ceilingAndMost[0];
      Load.Result most = ceilingAndMost[1];
      String loop = SENDERS + " senders, " + ROUNDS + " x " + SLICE.toSeconds() + " s";
      row(report, name, "no-op, " + loop, ceiling, null);
      row(report, name, "intake, " + loop, most, null);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("perSecond", Report.round(most.perSecond()));
      result.put("baselinePerSecond", Report.round(ceiling.perSecond()));
      result.put("ratio", Report.round(most.perSecond() / ceiling.perSecond()));
      result.putAll(figures);
      return result;
    }
  }

  /**
   * The no-op endpoint and the intake as fast as they answer, in alternating slices that each start
   * from an idle server (earlier deliveries processed), so that other load on the machine weighs on
   * both alike.
   */
  private static Load.Result[] alternate(
      Stack stack, SyncSetup.Linked linked, Load noop, Load intake, UpdateDeliveries deliveries) {
    Latencies noopLatencies = new Latencies();
    Latencies intakeLatencies = new Latencies();
    int[] accepted = new int[2];
    int[] failed = new int[2];
    double[] seconds = new double[2];
    for (int round = 0; round < ROUNDS; round++) {
      SyncSetup.awaitQuiet(stack, linked);
      Load.Result n = noop.closedLoop(deliveries::next, SENDERS, SLICE, noopLatencies);
      SyncSetup.awaitQuiet(stack, linked);
      Load.Result i = intake.closedLoop(deliveries::next, SENDERS, SLICE, intakeLatencies);
      accepted[0] += n.accepted();
      failed[0] += n.failed();
      seconds[0] += n.seconds();
      accepted[1] += i.accepted();
      failed[1] += i.failed();
      seconds[1] += i.seconds();
    }
    return new Load.Result[] {
      new Load.Result(accepted[0], failed[0], seconds[0], noopLatencies, Map.of()),
      new Load.Result(accepted[1], failed[1], seconds[1], intakeLatencies, Map.of())
    };
  }

  private static void row(
      Report report, String database, String load, Load.Result result, Double lag) {
    Latencies latencies = result.latencies();
    report.row(
        database,
        load + (result.failed() > 0 ? " (" + result.failed() + " failed)" : ""),
        result.perSecond(),
        latencies.percentileMillis(50),
        latencies.percentileMillis(99),
        lag == null ? "-" : String.format("%.1f", lag));
  }

  /** The subscription ADO delivers {@code workitem.updated} with, as ADO's API shows it. */
  private static JsonNode subscription(Stack stack) {
    Http ado = stack.emulator().api(SyncSetup.ORGANIZATION, SyncSetup.PAT);
    for (JsonNode subscription :
        ado.get("_apis/hooks/subscriptions?api-version=7.1").get("value")) {
      if (subscription.get("eventType").asString().equals("workitem.updated")
          && subscription
              .get("consumerInputs")
              .get("url")
              .asString()
              .startsWith(stack.server().baseUrl())) {
        return subscription;
      }
    }
    throw new IllegalStateException("no workitem.updated subscription for the server");
  }

  /**
   * Waits until the server processed the step's deliveries, then answers the 99th percentile of the
   * time from sending each delivery to its processing having changed the issue (the server's {@code
   * processedAt}, written once the handler's transaction committed).
   */
  private static double applyLag(Stack stack, SyncSetup.Linked linked, Load.Result step) {
    SyncSetup.awaitQuiet(stack, linked);
    String path =
        SyncSetup.integrationPath(linked.orgSlug(), linked.installationId())
            + "deliveries/?status=processed&limit="
            + Math.min(1000, step.sentAt().size());
    Latencies lags = new Latencies();
    for (JsonNode delivery : stack.server().api().get(path)) {
      Long sent = step.sentAt().get(delivery.get("deliveryKey").asString());
      if (sent != null && !delivery.get("processedAt").isNull()) {
        long processed = Instant.parse(delivery.get("processedAt").asString()).toEpochMilli();
        lags.record(Duration.ofMillis(Math.max(0, processed - sent)).toNanos());
      }
    }
    return lags.percentileMillis(99);
  }
}
