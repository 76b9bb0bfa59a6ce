package dev.adolink.bench.harness;

import java.util.Arrays;

/** Recorded durations in nanoseconds, with nearest-rank percentiles in milliseconds. */
public final class Latencies {

  private long[] values = new long[1024];
  private int size;

  public synchronized void record(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public synchronized int count() {
    return size;
  }

  /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds; 0 when nothing was recorded. */
  public synchronized double percentileMillis(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1_000_000.0;
  }
}
