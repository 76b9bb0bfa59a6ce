package dev.adolink.server.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs deferred jobs ({@link RetryLater}) once per wait: the first deferral for a reason (job type
 * and message, e.g. "another job drains installation 1") is logged at info, repeats within {@link
 * #QUIET} at debug. A job that waits for a lease is deferred every second; a line each time filled
 * logs with thousands of identical lines while a dead holder's lease ran out.
 */
final class DeferralLog {

  static final Duration QUIET = Duration.ofMinutes(10);

  private static final Logger log = LoggerFactory.getLogger(JobFailureHandler.class);
  private static final int REMEMBERED = 1000;

  private final Clock clock;
  private final Map<String, Instant> lastLogged =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
          return size() > REMEMBERED;
        }
      };

  DeferralLog(Clock clock) {
    this.clock = clock;
  }

  void deferred(String type, String instanceId, RetryLater later) {
    if (firstOfItsWait(type + ": " + later.getMessage())) {
      log.info(
          "job {}/{} deferred by {}: {} (repeats for {} are logged at debug)",
          type,
          instanceId,
          later.delay(),
          later.getMessage(),
          QUIET);
    } else {
      log.debug(
          "job {}/{} deferred by {}: {}", type, instanceId, later.delay(), later.getMessage());
    }
  }

  private synchronized boolean firstOfItsWait(String reason) {
    Instant now = clock.instant();
    Instant last = lastLogged.get(reason);
    if (last != null && now.isBefore(last.plus(QUIET))) {
      return false;
    }
    lastLogged.put(reason, now);
    return true;
  }
}
