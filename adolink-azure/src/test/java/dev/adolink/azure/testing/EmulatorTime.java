package dev.adolink.azure.testing;

import dev.adolink.azure.transport.Sleeper;
import dev.adolink.emulator.clock.EmulatorClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's sleeper in emulator tests: instead of blocking it moves the (frozen) emulator clock
 * forward by the wait, so the emulator sees the time pass (throttle windows end, tokens expire),
 * and records each wait for assertions.
 */
public final class EmulatorTime implements Sleeper {

  private final EmulatorClock clock;
  private final List<Duration> sleeps = new ArrayList<>();

  EmulatorTime(EmulatorClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public synchronized void clear() {
    sleeps.clear();
  }

  public void advance(Duration duration) {
    clock.advance(duration);
  }
}
