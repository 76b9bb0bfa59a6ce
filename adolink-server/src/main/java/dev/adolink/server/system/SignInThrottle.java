package dev.adolink.server.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down and then refuses password guessing, for the login form and for Basic on the API token
 * endpoint. Failed sign-ins are counted per account and per client address (forgotten {@link
 * #WINDOW} after the last one): from the {@code slowAfter}-th failure on, the next attempt must
 * wait 1, 2, 4, … seconds after the last failure; from the {@code lockAfter}-th, sign-in is refused
 * for {@link #LOCK}. A refused attempt does not check the password and does not count. A successful
 * sign-in clears the account's failures; successful sign-ins are never slowed. Counts are kept in
 * memory per instance.
 */
@Component
public class SignInThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);
  private static final Duration MAX_DELAY = Duration.ofMinutes(2);
  private static final int MAX_KEYS = 100_000;

  /** Thresholds for one kind of key. */
  record Limits(String kind, int slowAfter, int lockAfter) {}

  static final Limits ACCOUNT = new Limits("this account", 5, 10);
  static final Limits ADDRESS = new Limits("this address", 20, 50);

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Throws {@link SignInThrottled} while the account or the address has to wait. */
  void check(String account, String address) {
    Instant now = clock.instant();
    Optional<Duration> wait =
        waitFor(accountKey(account), ACCOUNT, now)
            .or(() -> waitFor(addressKey(address), ADDRESS, now));
    if (wait.isPresent()) {
      throw new SignInThrottled(message(account, address, now), wait.get());
    }
  }

  void failed(String account, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_KEYS) {
      failures.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
    }
    count(accountKey(account), now);
    count(addressKey(address), now);
  }

  void succeeded(String account) {
    failures.remove(accountKey(account));
  }

  private void count(String key, Instant now) {
    failures.compute(
        key,
        (k, previous) ->
            previous == null || expired(previous, now)
                ? new Failures(1, now)
                : new Failures(previous.count() + 1, now));
  }

  private String message(String account, String address, Instant now) {
    boolean byAccount = waitFor(accountKey(account), ACCOUNT, now).isPresent();
    Limits limits = byAccount ? ACCOUNT : ADDRESS;
    Duration wait =
        waitFor(byAccount ? accountKey(account) : addressKey(address), limits, now).orElseThrow();
    return "Too many failed sign-ins for "
        + limits.kind()
        + ": sign-in is paused, try again in "
        + words(wait)
        + ".";
  }

  private Optional<Duration> waitFor(String key, Limits limits, Instant now) {
    Failures counted = failures.get(key);
    if (counted == null || expired(counted, now) || counted.count() < limits.slowAfter()) {
      return Optional.empty();
    }
    Duration pause =
        counted.count() >= limits.lockAfter() ? LOCK : delay(counted.count() - limits.slowAfter());
    Instant until = counted.last().plus(pause);
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  private static Duration delay(int beyond) {
    Duration delay = Duration.ofSeconds(1L << Math.min(beyond, 10));
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private static boolean expired(Failures failures, Instant now) {
    return !now.isBefore(failures.last().plus(WINDOW));
  }

  /** "5 seconds", "15 minutes": rounded up. */
  public static String words(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    if (seconds < 120) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long minutes = (seconds + 59) / 60;
    return minutes + " minutes";
  }

  private static String accountKey(String account) {
    return "account:" + account.trim().toLowerCase(Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
