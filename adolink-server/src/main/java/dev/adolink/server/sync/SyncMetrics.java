package dev.adolink.server.sync;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sync's metrics (see {@code docs/operations.md}): sync log entries by direction, field and
 * result, write lag, and the outbox backlog (the intake's are {@code webhooks.DeliveryMetrics}).
 * What happens in a transaction is counted once it commits. Labels take bounded values only.
 */
@Component
class SyncMetrics {

  private static final Duration LAG_MIN = Duration.ofMillis(10);
  private static final Duration LAG_MAX = Duration.ofHours(2);

  /** Every row is waiting (written rows are deleted); the table stays small. */
  private static final String OUTBOX_BACKLOG =
      "select count(*) as n, min(created_at) as oldest from sync_outbox";

  private final MeterRegistry registry;
  private final Clock clock;

  SyncMetrics(MeterRegistry registry, StoredGauges gauges, JdbcClient jdbc, Clock clock) {
    this.registry = registry;
    this.clock = clock;
    gauges
        .source("sync outbox", () -> Backlog.read(jdbc, OUTBOX_BACKLOG, clock))
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
    AfterCommit.run(
        () ->
            counts.forEach(
                (tags, count) ->
                    Counter.builder("adolink.sync.changes")
                        .description("Sync actions by direction, field and result (the sync log)")
                        .tags(tags)
                        .register(registry)
                        .increment(count)));
  }

  /** A change made in the tracker at {@code changedAt} was answered by Azure DevOps now. */
  void written(SyncLog.Field field, Instant changedAt) {
    Duration lag = since(changedAt);
    AfterCommit.run(
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
}
