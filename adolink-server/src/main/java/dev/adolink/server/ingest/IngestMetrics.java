package dev.adolink.server.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code adolink.ingest.items}: envelope items by {@code type} (event, transaction, session, …) and
 * {@code outcome}: {@code accepted} (stored for processing), {@code dropped} (understood and not
 * kept: every type but event, and re-sent events), {@code rejected} (refused with a 4xx).
 */
@Component
class IngestMetrics {

  static final String ITEMS = "adolink.ingest.items";

  enum Outcome {
    ACCEPTED,
    DROPPED,
    REJECTED
  }

  /** The item types of sentry-protocol.md §3; any other is counted as {@code unknown}. */
  private static final Set<String> KNOWN =
      Set.of(
          "event",
          "transaction",
          "attachment",
          "session",
          "sessions",
          "client_report",
          "check_in",
          "profile",
          "profile_chunk",
          "replay_event",
          "replay_recording",
          "replay_video",
          "user_report",
          "feedback",
          "log",
          "otel_log",
          "span",
          "otel_span",
          "trace_metric",
          "statsd",
          "metric_buckets",
          "security",
          "raw_security",
          "nel",
          "form_data",
          "unreal_report");

  private final MeterRegistry registry;

  IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * {@code adolink.ingest.lag}: from an event's acceptance to its issue counting it (p50, p99);
   * {@code adolink.ingest.pending}: accepted events not processed yet.
   */
  void registerPending(java.util.function.Supplier<Number> pending) {
    io.micrometer.core.instrument.Gauge.builder("adolink.ingest.pending", pending)
        .description("Accepted events waiting to be processed")
        .register(registry);
  }

  void processed(java.time.Duration lag) {
    io.micrometer.core.instrument.Timer.builder("adolink.ingest.lag")
        .description("From an event's acceptance to its issue counting it")
        .publishPercentiles(0.5, 0.99)
        // buckets too: a percentile of the events of one period is their difference (the
        // published percentiles decay over minutes)
        .publishPercentileHistogram()
        .minimumExpectedValue(java.time.Duration.ofMillis(1))
        .maximumExpectedValue(java.time.Duration.ofMinutes(2))
        .register(registry)
        .record(lag.isNegative() ? java.time.Duration.ZERO : lag);
  }

  void item(String type, Outcome outcome) {
    Counter.builder(ITEMS)
        .description("Envelope items received from Sentry SDKs")
        .tag("type", KNOWN.contains(type) ? type : "unknown")
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }
}
