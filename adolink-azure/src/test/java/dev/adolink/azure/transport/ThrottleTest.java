package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.testing.TestTime;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThrottleTest {

  private final TestTime time = TestTime.startingAt("2026-01-01T00:00:00Z");
  private final Throttle throttle = new Throttle(time, time);

  private static HttpHeaders headers(Map<String, String> values) {
    return HttpHeaders.of(
        values.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
        (name, value) -> true);
  }

  @Nested
  class RetryAfter {

    @Test
    void holdsTheNextRequestUntilRetryAfterHasPassedEvenOnASuccess() throws Exception {
      throttle.observe(headers(Map.of("Retry-After", "7")), "url");

      Duration left = throttle.awaitTurn(Duration.ofMinutes(1));

      assertThat(left).isZero();
      assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void doesNotWaitLongerThanAllowedAndSaysHowLongIsLeft() throws Exception {
      throttle.observe(headers(Map.of("Retry-After", "300")), "url");

      Duration left = throttle.awaitTurn(Duration.ofSeconds(60));

      assertThat(left).isEqualTo(Duration.ofSeconds(300));
      assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void readsSecondsWithDecimalsAndHttpDates() {
      assertThat(Throttle.retryAfter(headers(Map.of("Retry-After", "1.5")), time))
          .contains(Duration.ofMillis(1500));
      assertThat(
              Throttle.retryAfter(
                  headers(Map.of("Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT")), time))
          .contains(Duration.ofSeconds(30));
      assertThat(Throttle.retryAfter(headers(Map.of("Retry-After", "soon")), time)).isEmpty();
    }

    @Test
    void aLaterShorterRetryAfterDoesNotShortenTheWait() throws Exception {
      throttle.observe(headers(Map.of("Retry-After", "10")), "url");
      throttle.observe(headers(Map.of("Retry-After", "2")), "url");

      throttle.awaitTurn(Duration.ofMinutes(1));

      assertThat(time.slept()).isEqualTo(Duration.ofSeconds(10));
    }
  }

  @Nested
  class AfterAHold {

    @Test
    void withoutAHoldEveryRequestGoes() throws Exception {
      assertThat(throttle.pass(Duration.ZERO)).isEqualTo(Throttle.Pass.OPEN);
      assertThat(throttle.pass(Duration.ZERO)).isEqualTo(Throttle.Pass.OPEN);
    }

    @Test
    void theFirstRequestGoesAloneAndTheOthersWaitForItsAnswer() throws Exception {
      throttle.observe(headers(Map.of("Retry-After", "5")), "url");
      throttle.awaitTurn(Duration.ofMinutes(1));
      ExecutorService other = Executors.newSingleThreadExecutor();
      try {
        assertThat(throttle.pass(Duration.ofMinutes(1))).isEqualTo(Throttle.Pass.PROBE);
        Future<Throttle.Pass> waiting = other.submit(() -> throttle.pass(Duration.ofMinutes(1)));

        assertThat(waiting.isDone()).isFalse();
        throttle.answered();

        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(Throttle.Pass.OPEN);
      } finally {
        other.shutdownNow();
      }
    }

    @Test
    void aNewRetryAfterInTheFirstAnswerHoldsTheOthersAgain() throws Exception {
      throttle.observe(headers(Map.of("Retry-After", "5")), "url");
      throttle.awaitTurn(Duration.ofMinutes(1));
      ExecutorService other = Executors.newSingleThreadExecutor();
      try {
        assertThat(throttle.pass(Duration.ofMinutes(1))).isEqualTo(Throttle.Pass.PROBE);
        Future<Throttle.Pass> waiting = other.submit(() -> throttle.pass(Duration.ofMinutes(1)));

        throttle.observe(headers(Map.of("Retry-After", "10")), "url");
        throttle.answered();

        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(Throttle.Pass.HELD);
        assertThat(throttle.remaining()).isEqualTo(Duration.ofSeconds(10));
      } finally {
        other.shutdownNow();
      }
    }

    @Test
    void aProbeNeverAnsweredHoldsTheOthersNoLongerThanAllowed() throws Exception {
      throttle.observe(headers(Map.of("Retry-After", "5")), "url");
      throttle.awaitTurn(Duration.ofMinutes(1));

      assertThat(throttle.pass(Duration.ofMinutes(1))).isEqualTo(Throttle.Pass.PROBE);

      assertThat(throttle.pass(Duration.ofMillis(1))).isEqualTo(Throttle.Pass.OPEN);
    }
  }

  @Nested
  class LowBudget {

    @Test
    void spreadsTheRemainingBudgetUntilTheReset() throws Exception {
      long reset = Instant.parse("2026-01-01T00:00:20Z").getEpochSecond();
      throttle.observe(
          headers(
              Map.of(
                  "X-RateLimit-Limit", "200",
                  "X-RateLimit-Remaining", "9",
                  "X-RateLimit-Reset", String.valueOf(reset))),
          "url");

      throttle.awaitTurn(Duration.ofMinutes(1));

      assertThat(time.slept()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void doesNotSlowDownWhileTheBudgetIsHealthy() throws Exception {
      throttle.observe(
          headers(Map.of("X-RateLimit-Limit", "200", "X-RateLimit-Remaining", "150")), "url");

      throttle.awaitTurn(Duration.ofMinutes(1));

      assertThat(time.sleeps()).isEmpty();
    }
  }
}
