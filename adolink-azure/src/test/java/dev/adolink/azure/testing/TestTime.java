package dev.adolink.azure.testing;

import dev.adolink.azure.transport.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A settable clock and a sleeper that advances it instead of blocking, recording every wait. An
 * optional hook runs on each wait, e.g. to clear an emulator fault that the wait outlasts.
 */
public final class TestTime extends Clock implements Sleeper {

  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();
  private Runnable onSleep = () -> {};

  public TestTime(Instant start) {
    this.now = start;
  }

  public static TestTime startingAt(String instant) {
    return new TestTime(Instant.parse(instant));
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  public synchronized void onSleep(Runnable hook) {
    this.onSleep = hook;
  }

  @Override
  public void sleep(Duration duration) {
    Runnable hook;
    synchronized (this) {
      sleeps.add(duration);
      now = now.plus(duration);
      hook = onSleep;
    }
    hook.run();
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public synchronized Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
