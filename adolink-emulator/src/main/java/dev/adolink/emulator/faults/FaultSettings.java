package dev.adolink.emulator.faults;

import java.util.Optional;

/**
 * Injected faults ({@code PUT /_emulator/faults}). {@code new FaultSettings(0, empty, empty)} is
 * none.
 *
 * @param latencyMs added before every API request is answered
 */
public record FaultSettings(long latencyMs, Optional<Throttle> throttle, Optional<Outage> outage) {

  /** Throttling mode: ADO delays the request (200) or blocks it (429). */
  public enum Mode {
    DELAY,
    BLOCK
  }

  /**
   * Throttling that starts after {@code afterRequests} more requests and lasts {@code
   * retryAfterSeconds} of emulator time; with {@code repeat} it starts again after another {@code
   * afterRequests} requests. In delay mode each request is held {@code delayMs} (wall time).
   */
  public record Throttle(
      Mode mode, int retryAfterSeconds, int afterRequests, boolean repeat, long delayMs) {}

  /** The next {@code requests} requests are answered with {@code status}. */
  public record Outage(int status, int requests) {}

  public static FaultSettings none() {
    return new FaultSettings(0, Optional.empty(), Optional.empty());
  }
}
