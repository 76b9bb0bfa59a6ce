package dev.adolink.server.jobs;

import java.time.Duration;

/**
 * Exponential backoff: the first retry waits {@code initial}, each further one twice as long, never
 * more than {@code max}.
 */
public record Backoff(Duration initial, Duration max) {

  public Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max");
    }
  }

  public static Backoff exponential(Duration initial, Duration max) {
    return new Backoff(initial, max);
  }

  /** The wait after the given failed attempt (1 for the first run). */
  public Duration delayAfter(int failedAttempt) {
    Duration delay = initial;
    for (int i = 1; i < failedAttempt && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
