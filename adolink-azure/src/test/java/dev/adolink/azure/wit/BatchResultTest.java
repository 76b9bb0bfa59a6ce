package dev.adolink.azure.wit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ADO's refusals of one write, classified instead of matched by message text by callers. */
class BatchResultTest {

  @Test
  void aRuleErrorNamesItsFieldByDisplayNameAndReferenceName() {
    BatchResult result =
        new BatchResult(
            400,
            null,
            "RuleValidationException",
            "TF401320: Rule Error for field State. Error code: InvalidListValue.",
            List.of("System.State"));

    assertThat(result.failure()).isInstanceOf(BatchResult.RuleViolation.class);
    BatchResult.RuleViolation rule = (BatchResult.RuleViolation) result.failure();
    assertThat(rule.names("State")).isTrue();
    assertThat(rule.names("system.state")).isTrue();
    assertThat(rule.names("System.AssignedTo", "Assigned To")).isFalse();
  }

  @Test
  void aValueOutsideTheSupportedValuesIsARuleViolationOfThatField() {
    BatchResult result =
        new BatchResult(
            400,
            null,
            null,
            "The field 'State' contains the value 'Done' that is not in the list of supported"
                + " values");

    assertThat(((BatchResult.RuleViolation) result.failure()).names("State")).isTrue();
  }

  @Test
  void otherFailuresAreClassifiedByStatusAndCode() {
    assertThat(new BatchResult(404, null, null, "gone").failure())
        .isInstanceOf(BatchResult.NotFound.class);
    assertThat(new BatchResult(400, null, null, "TF401232: Work item 7 does not exist").failure())
        .isInstanceOf(BatchResult.NotFound.class);
    assertThat(new BatchResult(409, null, null, "conflict").failure())
        .isInstanceOf(BatchResult.Conflict.class);
    assertThat(new BatchResult(429, null, null, "slow down").failure())
        .isInstanceOf(BatchResult.Throttled.class);
    assertThat(new BatchResult(503, null, null, "down").failure())
        .isInstanceOf(BatchResult.Unavailable.class);
    assertThat(new BatchResult(400, null, "SomethingElse", "no").failure())
        .isInstanceOf(BatchResult.Refused.class);
  }
}
