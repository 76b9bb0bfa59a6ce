package dev.adolink.server.sync;

import dev.adolink.server.system.Jdbc;
import dev.adolink.server.system.StoredGauges;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The intake's and the sync's metrics (see {@code docs/operations.md}): deliveries by event type
 * and outcome, sync log entries by direction, field and result, apply and write lag, and the inbox
 * and outbox backlogs. What happens in a transaction is counted once it commits. Labels take
 * bounded values only: an event type no handler declares counts as {@code other}.
 */
@Component
class SyncMetrics {

  private static final Duration LAG_MIN = Duration.ofMillis(10);
  private static final Duration LAG_MAX = Duration.ofHours(2);

  /** Uses {@code webhook_deliveries_status_idx}. */
  private static final String INBOX_BACKLOG =
      "select count(*) as n, min(received_at) as oldest from webhook_deliveries"
          + " where status = '"
          + Inbox.RECEIVED
          + "'";

  /** Every row is waiting (written rows are deleted); the table stays small. */
  private static final String OUTBOX_BACKLOG =
      "select count(*) as n, min(created_at) as oldest from sync_outbox";

  private final MeterRegistry registry;
  private final DeliveryHandlers handlers;
  private final Clock clock;

  SyncMetrics(
      MeterRegistry registry,
      StoredGauges gauges,
      JdbcClient jdbc,
      DeliveryHandlers handlers,
      Clock clock) {
    this.registry = registry;
    this.handlers = handlers;
    this.clock = clock;
    gauges
        .source("webhook inbox", () -> backlog(jdbc, INBOX_BACKLOG))
        .gauge(
            "adolink.webhook.inbox.backlog",
            "Deliveries received and not processed yet",
            null,
            Tags.empty(),
            "count")
        .gauge(
            "adolink.webhook.inbox.oldest.age",
            "How long the oldest unprocessed delivery has waited",
            "seconds",
            Tags.empty(),
            "age");
    gauges
        .source("sync outbox", () -> backlog(jdbc, OUTBOX_BACKLOG))
        .gauge(
            "adolink.sync.outbox.backlog",
            "Tracker changes waiting to be written to Azure DevOps",
            null,
            Tags.empty(),
            "count")
        .gauge(
            "adolink.sync.outbox.oldest.age",
            "How long the oldest change waiting to be written has waited",
            "seconds",
            Tags.empty(),
            "age");
  }

  /** A delivery answered by the intake. */
  void delivery(@Nullable String eventType, Intake.Result result) {
    String outcome =
        switch (result) {
          case ACCEPTED -> "accepted";
          case DUPLICATE -> "duplicate";
          case IGNORED -> "ignored";
          case INVALID, NO_INSTALLATION, UNAUTHORIZED -> "rejected";
        };
    String reason = outcome.equals("rejected") ? result.name().toLowerCase(Locale.ROOT) : "none";
    deliveries(eventType, outcome, reason);
  }

  /** A delivery refused for its size before its body was read (its event type is unknown). */
  void tooLarge() {
    deliveries(null, "rejected", "too_large");
  }

  private void deliveries(@Nullable String eventType, String outcome, String reason) {
    Counter.builder("adolink.webhook.deliveries")
        .description("Service hook deliveries by event type and how the intake answered them")
        .tag("event_type", eventType(eventType))
        .tag("outcome", outcome)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** Sync log entries, counted once their transaction commits. */
  void logged(List<SyncLog.Entry> entries) {
    Map<Tags, Integer> counts = new HashMap<>();
    for (SyncLog.Entry entry : entries) {
      counts.merge(
          Tags.of(
              "direction", entry.direction().wire(),
              "field", entry.field().wire(),
              "result", entry.result().wire()),
          1,
          Integer::sum);
    }
    afterCommit(
        () ->
            counts.forEach(
                (tags, count) ->
                    Counter.builder("adolink.sync.changes")
                        .description("Sync actions by direction, field and result (the sync log)")
                        .tags(tags)
                        .register(registry)
                        .increment(count)));
  }

  /** A delivery received at {@code receivedAt} was applied to the tracker now. */
  void applied(String eventType, Instant receivedAt) {
    Duration lag = since(receivedAt);
    afterCommit(
        () ->
            lagTimer(
                    "adolink.sync.apply.lag",
                    "From a delivery's arrival to the tracker changed by it",
                    Tags.of("event_type", eventType(eventType)))
                .record(lag));
  }

  /** A change made in the tracker at {@code changedAt} was answered by Azure DevOps now. */
  void written(SyncLog.Field field, Instant changedAt) {
    Duration lag = since(changedAt);
    afterCommit(
        () ->
            lagTimer(
                    "adolink.sync.write.lag",
                    "From a tracker change to Azure DevOps' answer to its write",
                    Tags.of("field", field.wire()))
                .record(lag));
  }

  private Timer lagTimer(String name, String description, Tags tags) {
    return Timer.builder(name)
        .description(description)
        .tags(tags)
        .publishPercentileHistogram()
        .minimumExpectedValue(LAG_MIN)
        .maximumExpectedValue(LAG_MAX)
        .register(registry);
  }

  private Duration since(Instant then) {
    Duration lag = Duration.between(then, clock.instant());
    return lag.isNegative() ? Duration.ZERO : lag;
  }

  private String eventType(@Nullable String eventType) {
    if (eventType == null) {
      return "unknown";
    }
    return handlers.handles(eventType) ? eventType : "other";
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }

  private Map<String, Double> backlog(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql)
        .query(
            (rs, row) -> {
              Instant oldest = Jdbc.nullableInstant(rs, "oldest");
              return Map.of(
                  "count",
                  (double) rs.getLong("n"),
                  "age",
                  oldest == null ? 0.0 : since(oldest).toMillis() / 1000.0);
            })
        .single();
  }
}
