package dev.adolink.azure.transport;

import java.time.Duration;

/**
 * How the transport retries 429 and 503 answers: up to {@code maxRetries} times, waiting the {@code
 * Retry-After} ADO sent or, without one, {@code initialBackoff} doubled per attempt up to {@code
 * maxBackoff}. A single wait longer than {@code maxWait} is not waited: the call fails at once with
 * {@code RateLimitedException} (or {@code ServerErrorException}) so that a job can reschedule
 * itself instead of holding a thread.
 */
public record RetryPolicy(
    int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxWait) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));

  /** No retries: every 429 or 503 is thrown at once. */
  public static final RetryPolicy NONE =
      new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  public RetryPolicy {
    if (maxRetries < 0 || initialBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("retry counts and waits must not be negative");
    }
  }

  /** The wait before retry number {@code retry} (0-based) when ADO gave no Retry-After. */
  Duration backoff(int retry) {
    Duration wait = initialBackoff.multipliedBy(1L << Math.min(retry, 20));
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
