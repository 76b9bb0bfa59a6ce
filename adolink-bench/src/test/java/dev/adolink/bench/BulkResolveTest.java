package dev.adolink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.bench.harness.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BulkResolveTest {

  static JsonNode call(long at, int status) {
    return Http.JSON.valueToTree(Map.of("at", at, "status", status));
  }

  @Test
  void aRequestAfterTheRetryAfterIsNotEarly() {
    assertThat(BulkResolve.earlyRetries(List.of(call(0, 200), call(100, 429), call(10_100, 200))))
        .isZero();
  }

  @Test
  void requestsInsideTheWindowOfA429AreEarlyWhateverTheirAnswer() {
    assertThat(
            BulkResolve.earlyRetries(
                List.of(call(0, 429), call(2_000, 429), call(9_999, 200), call(10_000, 200))))
        .isEqualTo(2);
  }
}
