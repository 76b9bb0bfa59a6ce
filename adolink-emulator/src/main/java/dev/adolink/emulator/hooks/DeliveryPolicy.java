package dev.adolink.emulator.hooks;

import java.time.Duration;
import java.util.List;

/**
 * ADO's failure rules for service hook deliveries (Azure DevOps docs, "Troubleshoot service
 * hooks"): 410 Gone disables the subscription at once; timeouts and 408/502/503/504 are retried up
 * to 8 times (1 s … 60 s); any other failure, or transient failures that outlast the retries, put
 * the subscription on probation, where the delivery is retried 7 more times over about 36 hours
 * before the subscription is disabled. One success restores {@code enabled}.
 */
final class DeliveryPolicy {

  /** How an attempt ended. */
  enum Outcome {
    SUCCESS,
    GONE,
    TRANSIENT,
    ENDURING
  }

  static final List<Duration> FAST_RETRIES =
      List.of(1, 2, 4, 8, 16, 32, 60, 60).stream().map(Duration::ofSeconds).toList();

  static final List<Duration> PROBATION_RETRIES =
      List.of(20, 40, 80, 160, 320, 640, 900).stream().map(Duration::ofMinutes).toList();

  private DeliveryPolicy() {}

  /** The outcome of an HTTP status; {@code null} is a timeout or a connection failure. */
  static Outcome outcome(Integer status) {
    if (status == null) {
      return Outcome.TRANSIENT;
    }
    if (status >= 200 && status < 300) {
      return Outcome.SUCCESS;
    }
    if (status == 410) {
      return Outcome.GONE;
    }
    if (status == 408 || status == 502 || status == 503 || status == 504) {
      return Outcome.TRANSIENT;
    }
    return Outcome.ENDURING;
  }
}
