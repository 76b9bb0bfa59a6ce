package dev.adolink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IngestBenchmarkTest {

  static Map<Double, Double> buckets(double tenth, double second, double all) {
    return new TreeMap<>(Map.of(0.1, tenth, 1.0, second, Double.POSITIVE_INFINITY, all));
  }

  @Test
  void theP99IsTheBoundOfTheBucketHoldingIt() {
    // 100 events between the snapshots: 50 within 0.1 s, 99 within 1 s
    assertThat(IngestBenchmark.p99LagMillis(buckets(0, 5, 10), buckets(50, 104, 110)))
        .isEqualTo(1000.0);
  }

  @Test
  void eventsCountedBeforeTheFirstSnapshotDoNotCount() {
    // the warm-up's slow events sit above 1 s; the measured ones all within 0.1 s
    assertThat(IngestBenchmark.p99LagMillis(buckets(0, 0, 500), buckets(100, 100, 600)))
        .isEqualTo(100.0);
  }

  @Test
  void noEventBetweenTheSnapshotsHasNoP99() {
    assertThat(IngestBenchmark.p99LagMillis(buckets(1, 2, 3), buckets(1, 2, 3))).isEqualTo(-1.0);
  }
}
