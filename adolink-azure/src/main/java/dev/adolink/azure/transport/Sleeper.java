package dev.adolink.azure.transport;

import java.time.Duration;

/**
 * Waits. The transport never calls {@code Thread.sleep} directly, so tests can pass a sleeper that
 * advances a test clock (and records the waits) instead of blocking.
 */
@FunctionalInterface
public interface Sleeper {

  /** Really waits, on the calling thread. */
  Sleeper SYSTEM =
      duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
