package dev.adolink.server.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Gauges whose values come from the database. A {@link Source} loads all its values with one query,
 * when a scrape reads one of them and its values are older than {@code
 * adolink.metrics.refresh-interval}: however often Prometheus scrapes, the queries run at most once
 * per interval and instance. A failed load keeps the previous values (NaN before the first).
 */
@Component
@EnableConfigurationProperties(MetricsProperties.class)
public class StoredGauges {

  private static final Logger log = LoggerFactory.getLogger(StoredGauges.class);

  private final MeterRegistry registry;
  private final Clock clock;
  private final Duration interval;

  StoredGauges(MeterRegistry registry, Clock clock, MetricsProperties properties) {
    this.registry = registry;
    this.clock = clock;
    this.interval = properties.refreshInterval();
  }

  /** Values loaded together by {@code loader}: a key's value, absent keys being 0. */
  public <K> Source<K> source(String name, Supplier<Map<K, Double>> loader) {
    return new Source<>(name, loader);
  }

  /** One query's values, each read by gauges registered with {@link #gauge}. */
  public final class Source<K> {

    private final String name;
    private final Supplier<Map<K, Double>> loader;
    private @Nullable Map<K, Double> values;
    private @Nullable Instant loadedAt;

    private Source(String name, Supplier<Map<K, Double>> loader) {
      this.name = name;
      this.loader = loader;
    }

    /** Registers a gauge showing the value of {@code key}. */
    public Source<K> gauge(
        String meter, String description, @Nullable String baseUnit, Tags tags, K key) {
      Gauge.builder(meter, this, source -> source.value(key))
          .description(description)
          .baseUnit(baseUnit)
          .tags(tags)
          // nothing else holds the source: Micrometer's default weak reference would lose it
          .strongReference(true)
          .register(registry);
      return this;
    }

    synchronized double value(K key) {
      Instant now = clock.instant();
      if (values == null || loadedAt == null || !now.isBefore(loadedAt.plus(interval))) {
        try {
          values = Map.copyOf(loader.get());
          loadedAt = now;
        } catch (RuntimeException e) {
          // tried again after the interval, not on every gauge of this scrape
          loadedAt = now;
          log.warn("could not load the {} gauges: {}", name, e.toString());
          if (values == null) {
            return Double.NaN;
          }
        }
      }
      return values.getOrDefault(key, 0.0);
    }
  }
}
