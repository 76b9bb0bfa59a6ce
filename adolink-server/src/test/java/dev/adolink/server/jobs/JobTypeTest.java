package dev.adolink.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobTypeTest {

  private static final JobType<String> TYPE =
      new JobType<>(
          "test.type",
          String.class,
          3,
          Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(2)));

  @Test
  void aKeyIsItsPartsJoinedByDashes() {
    assertThat(TYPE.key("outbound", 3L, "retry", 1700000000000L))
        .isEqualTo("outbound-3-retry-1700000000000");
    assertThat(TYPE.key("release", 7)).isEqualTo("release-7");
    assertThat(TYPE.key(12)).isEqualTo("12");
  }

  @Test
  void aTypeNeedsANameAndAnAttempt() {
    assertThatThrownBy(
            () ->
                new JobType<>(
                    " ",
                    String.class,
                    3,
                    Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(2))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new JobType<>(
                    "x",
                    String.class,
                    0,
                    Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(2))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
