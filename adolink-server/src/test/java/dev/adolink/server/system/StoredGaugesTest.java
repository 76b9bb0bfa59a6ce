package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StoredGaugesTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };
  private final StoredGauges gauges =
      new StoredGauges(registry, clock, new MetricsProperties(Duration.ofSeconds(15)));
  private final AtomicInteger queries = new AtomicInteger();

  private double read(String name) {
    return registry.get(name).gauge().value();
  }

  @Test
  void gaugesOfOneSourceShareOneQueryPerInterval() {
    gauges
        .source(
            "test",
            () -> Map.of("a", (double) queries.incrementAndGet(), "b", 10.0 * queries.get()))
        .gauge("test.a", "a", null, Tags.empty(), "a")
        .gauge("test.b", "b", null, Tags.empty(), "b");

    assertThat(read("test.a")).isEqualTo(1);
    assertThat(read("test.b")).isEqualTo(10);
    now = now.plusSeconds(14);
    assertThat(read("test.a")).isEqualTo(1);
    assertThat(queries).hasValue(1);

    now = now.plusSeconds(1);
    assertThat(read("test.b")).isEqualTo(20);
    assertThat(read("test.a")).isEqualTo(2);
    assertThat(queries).hasValue(2);
  }

  @Test
  void aKeyTheQueryDidNotReturnIsZero() {
    gauges.source("test", Map::<String, Double>of).gauge("test.c", "c", null, Tags.empty(), "c");

    assertThat(read("test.c")).isZero();
  }

  @Test
  void aFailedQueryKeepsTheLastValuesAndIsNotRepeatedWithinTheInterval() {
    gauges
        .source(
            "test",
            () -> {
              if (queries.incrementAndGet() > 1) {
                throw new IllegalStateException("database down");
              }
              return Map.of("a", 5.0);
            })
        .gauge("test.a", "a", null, Tags.empty(), "a");

    assertThat(read("test.a")).isEqualTo(5);
    now = now.plusSeconds(15);
    assertThat(read("test.a")).isEqualTo(5);
    assertThat(read("test.a")).isEqualTo(5);
    assertThat(queries).hasValue(2);
  }

  @Test
  void beforeAnyLoadSucceededAGaugeIsNotANumber() {
    gauges
        .source(
            "test",
            () -> {
              throw new IllegalStateException("database down");
            })
        .gauge("test.a", "a", null, Tags.empty(), "a");

    assertThat(read("test.a")).isNaN();
  }
}
