package dev.adolink.emulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's time: the system clock plus an offset that tests and {@code POST /_emulator/clock}
 * move forward. Every timestamp and every timed behaviour (throttle windows, token expiry, delivery
 * retries) reads this clock, so advancing it makes time pass for the emulator without sleeping. It
 * can also be frozen, so that only {@link #advance} moves it.
 */
public final class EmulatorClock extends Clock {

  private record State(Instant frozenAt, Duration offset) {}

  private final Clock system;
  private final AtomicReference<State> state;
  private final java.util.List<Runnable> listeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  public EmulatorClock() {
    this(Clock.systemUTC());
  }

  public EmulatorClock(Clock system) {
    this.system = system;
    this.state = new AtomicReference<>(new State(null, Duration.ZERO));
  }

  @Override
  public Instant instant() {
    State s = state.get();
    return s.frozenAt != null ? s.frozenAt : system.instant().plus(s.offset);
  }

  /** Moves time forward (or back, with a negative duration), then tells the listeners. */
  public void advance(Duration duration) {
    state.updateAndGet(
        s ->
            s.frozenAt != null
                ? new State(s.frozenAt.plus(duration), s.offset)
                : new State(null, s.offset.plus(duration)));
    moved();
  }

  /**
   * Runs {@code listener} after every {@link #advance} and {@link #set}, on the caller's thread:
   * timed work (delivery retries) can then run what became due at once instead of waiting for its
   * next wall-clock tick.
   */
  public void onMove(Runnable listener) {
    listeners.add(listener);
  }

  private void moved() {
    listeners.forEach(Runnable::run);
  }

  /** Stops time at its current value; only {@link #advance} and {@link #set} move it then. */
  public void freeze() {
    state.updateAndGet(s -> new State(instant(), s.offset));
  }

  /** Lets time run again from its current value. */
  public void unfreeze() {
    state.updateAndGet(s -> new State(null, Duration.between(system.instant(), instant())));
  }

  public boolean frozen() {
    return state.get().frozenAt != null;
  }

  /** Sets the current time, keeping it frozen or running as it was, then tells the listeners. */
  public void set(Instant now) {
    state.updateAndGet(
        s ->
            s.frozenAt != null
                ? new State(now, s.offset)
                : new State(null, Duration.between(system.instant(), now)));
    moved();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }
}
