package dev.adolink.server.jobs;

import java.time.Duration;

/**
 * Thrown by a handler that cannot do its work yet for a reason outside the job (e.g. the Azure
 * DevOps installation it needs waits for re-authorization). The job runs again after {@link
 * #delay()} with a fresh set of attempts: waiting does not count as failing.
 */
public class RetryLater extends RuntimeException {

  private final Duration delay;

  public RetryLater(String reason, Duration delay) {
    super(reason, null, false, false);
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("a retry needs a positive delay");
    }
    this.delay = delay;
  }

  public Duration delay() {
    return delay;
  }
}
