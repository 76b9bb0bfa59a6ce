package dev.adolink.server.ingest;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Per-key event rate limits in fixed windows, kept per server instance (like Relay's, approximate
 * across instances): the answer is the seconds until the window ends when the key is over its
 * limit.
 */
@Component
class RateLimits {

  private record Window(long start, int count) {}

  private final Map<Long, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  RateLimits(Clock clock) {
    this.clock = clock;
  }

  /** Counts one event of the key; empty when it is allowed, else the seconds to wait. */
  OptionalLong acquire(ClientKey key) {
    ClientKey.RateLimit limit = key.rateLimit();
    if (limit == null) {
      return OptionalLong.empty();
    }
    long now = clock.millis() / 1000;
    long start = now - Math.floorMod(now, limit.window());
    Window window =
        windows.compute(
            key.id(),
            (id, current) ->
                current == null || current.start() != start
                    ? new Window(start, 1)
                    : new Window(start, current.count() + 1));
    if (window.count() <= limit.count()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(1, start + limit.window() - now));
  }
}
