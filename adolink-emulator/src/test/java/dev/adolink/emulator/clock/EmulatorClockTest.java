package dev.adolink.emulator.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmulatorClockTest {

  private final EmulatorClock clock =
      new EmulatorClock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void advancesByTheGivenDuration() {
    clock.advance(Duration.ofMinutes(5));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-01T00:05:00Z"));
  }

  @Test
  void aFrozenClockMovesOnlyWhenAdvancedOrSet() {
    clock.freeze();
    clock.set(Instant.parse("2030-06-01T12:00:00Z"));
    clock.advance(Duration.ofSeconds(1));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-06-01T12:00:01Z"));
    assertThat(clock.frozen()).isTrue();
  }

  @Test
  void tellsListenersWhenItMoves() {
    AtomicInteger moves = new AtomicInteger();
    clock.onMove(moves::incrementAndGet);

    clock.advance(Duration.ofHours(1));
    clock.set(Instant.parse("2031-01-01T00:00:00Z"));

    assertThat(moves).hasValue(2);
  }
}
