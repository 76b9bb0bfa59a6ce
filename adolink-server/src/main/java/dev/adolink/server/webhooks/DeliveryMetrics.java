package dev.adolink.server.webhooks;

import dev.adolink.server.system.AfterCommit;
import dev.adolink.server.system.Backlog;
import dev.adolink.server.system.StoredGauges;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The intake's metrics (see {@code docs/operations.md}): deliveries by event type and outcome, the
 * lag from a delivery's arrival to its handlers' work, and the inbox backlog. The sync's own
 * metrics are {@code sync.SyncMetrics}. What happens in a transaction is counted once it commits.
 * Labels take bounded values only: an event type no handler declares counts as {@code other}.
 */
@Component
class DeliveryMetrics {

  private static final Duration LAG_MIN = Duration.ofMillis(10);
  private static final Duration LAG_MAX = Duration.ofHours(2);

  /** Uses {@code webhook_deliveries_status_idx}. */
  private static final String INBOX_BACKLOG =
      "select count(*) as n, min(received_at) as oldest from webhook_deliveries"
          + " where status = '"
          + Inbox.Status.RECEIVED.wire()
          + "'";

  private final MeterRegistry registry;
  private final DeliveryHandlers handlers;
  private final Clock clock;

  DeliveryMetrics(
      MeterRegistry registry,
      StoredGauges gauges,
      JdbcClient jdbc,
      DeliveryHandlers handlers,
      Clock clock) {
    this.registry = registry;
    this.handlers = handlers;
    this.clock = clock;
    gauges
        .source("webhook inbox", () -> Backlog.read(jdbc, INBOX_BACKLOG, clock))
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

  /** A delivery received at {@code receivedAt} was applied to the tracker now. */
  void applied(String eventType, Instant receivedAt) {
    Duration lag = since(receivedAt);
    AfterCommit.run(
        () ->
            Timer.builder("adolink.sync.apply.lag")
                .description("From a delivery's arrival to the tracker changed by it")
                .tags(Tags.of("event_type", eventType(eventType)))
                .publishPercentileHistogram()
                .minimumExpectedValue(LAG_MIN)
                .maximumExpectedValue(LAG_MAX)
                .register(registry)
                .record(lag));
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
}
