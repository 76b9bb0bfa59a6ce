package dev.adolink.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff =
      Backoff.exponential(Duration.ofSeconds(10), Duration.ofMinutes(1));

  @Test
  void doublesTheWaitAfterEachFailureUpToTheMaximum() {
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.delayAfter(1000)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void refusesAMaximumBelowTheFirstWait() {
    assertThatThrownBy(() -> Backoff.exponential(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
