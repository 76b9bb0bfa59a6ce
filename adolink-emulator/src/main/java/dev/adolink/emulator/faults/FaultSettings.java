package dev.adolink.emulator.faults;

import java.util.Optional;

/**
 * Injected faults ({@code PUT /_emulator/faults}). {@code new FaultSettings(0, empty, empty)} is
 * none.
 *
 * @param latencyMs added before every API request is answered
 * @param lostAnswer requests applied whose answer never reaches the client
 */
public record FaultSettings(
    long latencyMs,
    Optional<Throttle> throttle,
    Optional<Outage> outage,
    Optional<LostAnswer> lostAnswer) {

  public FaultSettings(long latencyMs, Optional<Throttle> throttle, Optional<Outage> outage) {
    this(latencyMs, throttle, outage, Optional.empty());
  }

  /** Only the next {@code requests} requests like this lose their answer. */
  public static FaultSettings lostAnswer(String method, String pathContains, int requests) {
    return new FaultSettings(
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.of(new LostAnswer(method, pathContains, requests)));
  }

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

  /**
   * The next {@code requests} requests of {@code method} whose path contains {@code pathContains}
   * (ignoring case) are applied, and then the connection is closed without an answer: the client
   * cannot know whether its write happened, as when ADO's answer is lost on the way (a crash or a
   * network failure after ADO committed). Only requests that succeed lose their answer.
   */
  public record LostAnswer(String method, String pathContains, int requests) {}

  public static FaultSettings none() {
    return new FaultSettings(0, Optional.empty(), Optional.empty());
  }
}
