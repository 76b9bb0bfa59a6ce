package dev.adolink.azure.transport;

import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rate-limit gate of one organization. ADO announces throttling in headers on any response, 200
 * included ({@code Retry-After}, {@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset}); the
 * gate holds every following request of the organization until the announced time, so no request is
 * sent before a {@code Retry-After} has run out. When the remaining budget gets low, requests are
 * spread over the time left until the budget resets.
 */
final class Throttle {

  private static final System.Logger LOG = System.getLogger(Throttle.class.getName());

  /** Below this share of {@code X-RateLimit-Limit} left, requests are paced. */
  private static final double LOW_BUDGET = 0.1;

  private static final Duration MIN_PACE = Duration.ofMillis(100);
  private static final Duration MAX_PACE = Duration.ofSeconds(10);

  private final Clock clock;
  private final Sleeper sleeper;
  private Instant notBefore = Instant.EPOCH;

  /** A hold ran since the last request went out: the next request goes alone (the probe). */
  private boolean held;

  /** The probe is out and not yet answered: every other request waits for its answer. */
  private boolean probing;

  /** What {@link #pass} allows. */
  enum Pass {
    /** send now */
    OPEN,
    /** send now, alone, and call {@link #answered} once the answer is read */
    PROBE,
    /** held again while waiting for the probe: wait for the gate again */
    HELD
  }

  Throttle(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until the gate is open. Does not wait, and returns the remaining wait, when it is longer
   * than {@code maxWait}; returns zero once the gate is open.
   */
  Duration awaitTurn(Duration maxWait) throws InterruptedException {
    while (true) {
      Duration wait = remaining();
      if (wait.isZero() || wait.compareTo(maxWait) > 0) {
        return wait;
      }
      sleeper.sleep(wait);
    }
  }

  synchronized Duration remaining() {
    Duration wait = Duration.between(clock.instant(), notBefore);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /** Holds the gate for {@code wait} from now; answers until when. */
  Instant holdFor(Duration wait) {
    Instant until = clock.instant().plus(wait);
    holdUntil(until);
    return until;
  }

  synchronized void holdUntil(Instant until) {
    if (until.isAfter(notBefore)) {
      notBefore = until;
      held = true;
    }
  }

  /**
   * Lets a request go once the gate is open (see {@link #awaitTurn}). After a hold the threads that
   * waited for it would all wake at the same instant and send together, so that a new {@code
   * Retry-After} in the first answer would come too late for the others: instead the first goes
   * alone and the others wait for its answer (at most {@code maxProbeWait}, then they go).
   */
  synchronized Pass pass(Duration maxProbeWait) throws InterruptedException {
    long deadline = System.nanoTime() + maxProbeWait.toNanos();
    while (probing) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        LOG.log(Level.WARNING, "a request sent alone after a rate-limit wait is still unanswered");
        break;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    if (clock.instant().isBefore(notBefore)) {
      return Pass.HELD;
    }
    if (held) {
      held = false;
      probing = true;
      return Pass.PROBE;
    }
    return Pass.OPEN;
  }

  /** The probe's answer was read (its rate-limit headers observed), or it failed: others may go. */
  synchronized void answered() {
    probing = false;
    notifyAll();
  }

  /**
   * Reads ADO's rate-limit headers from any response; answers the end of the {@code Retry-After} it
   * announced, if any.
   */
  Optional<Instant> observe(HttpHeaders headers, String url) {
    Optional<Duration> retryAfter = retryAfter(headers, clock);
    String resource = headers.firstValue("X-RateLimit-Resource").orElse("unknown");
    Optional<Instant> until =
        retryAfter.map(
            wait -> {
              LOG.log(
                  Level.WARNING,
                  "ADO asks to wait {0} s after {1} (rate-limit resource: {2})",
                  wait.toMillis() / 1000.0,
                  url,
                  resource);
              return holdFor(wait);
            });
    headers
        .firstValue("X-RateLimit-Delay")
        .ifPresent(
            delay -> LOG.log(Level.INFO, "ADO delayed {0} by {1} s ({2})", url, delay, resource));
    OptionalLong remaining = longHeader(headers, "X-RateLimit-Remaining");
    OptionalLong limit = longHeader(headers, "X-RateLimit-Limit");
    if (retryAfter.isEmpty() && remaining.isPresent() && limit.isPresent()) {
      pace(remaining.getAsLong(), limit.getAsLong(), longHeader(headers, "X-RateLimit-Reset"));
    }
    return until;
  }

  private void pace(long remaining, long limit, OptionalLong resetEpochSeconds) {
    if (limit <= 0 || remaining > limit * LOW_BUDGET) {
      return;
    }
    Duration untilReset =
        resetEpochSeconds.isPresent()
            ? Duration.between(
                clock.instant(), Instant.ofEpochSecond(resetEpochSeconds.getAsLong()))
            : Duration.ofSeconds(1);
    Duration pace = untilReset.dividedBy(Math.max(remaining, 0) + 1);
    if (pace.compareTo(MIN_PACE) < 0) {
      pace = MIN_PACE;
    } else if (pace.compareTo(MAX_PACE) > 0) {
      pace = MAX_PACE;
    }
    LOG.log(Level.DEBUG, "rate-limit budget low ({0}/{1}): pacing {2} ms", remaining, limit, pace);
    holdFor(pace);
  }

  /** {@code Retry-After} as seconds (decimals allowed) or as an HTTP date. */
  static Optional<Duration> retryAfter(HttpHeaders headers, Clock clock) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    try {
      double seconds = Double.parseDouble(value.get());
      return Optional.of(Duration.ofMillis(Math.max(0, Math.round(seconds * 1000))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at =
            ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(clock.instant(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static OptionalLong longHeader(HttpHeaders headers, String name) {
    Optional<String> value = headers.firstValue(name);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of((long) Double.parseDouble(value.get().trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
