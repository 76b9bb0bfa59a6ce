package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionNegotiatorTest {

  @Test
  void dropsToTheVersionTheServerNames() {
    VersionNegotiator versions = new VersionNegotiator(ApiVersion.V7_1);

    boolean retry =
        versions.lowerAfterRefusal(
            ApiVersion.V7_1,
            "The requested REST API version of 7.1 is out of range for this server. The latest"
                + " REST API version this server supports is 6.0.");

    assertThat(retry).isTrue();
    assertThat(versions.cap()).isEqualTo(ApiVersion.V6_0);
  }

  @Test
  void stepsDownTheServerLadderWhenTheMessageNamesNoVersion() {
    VersionNegotiator versions = new VersionNegotiator(ApiVersion.V7_1);

    versions.lowerAfterRefusal(ApiVersion.V7_1, null);
    assertThat(versions.cap()).isEqualTo(ApiVersion.V7_0);
    versions.lowerAfterRefusal(ApiVersion.V7_0, "out of range");
    assertThat(versions.cap()).isEqualTo(ApiVersion.V6_0);
  }

  @Test
  void ignoresANamedVersionThatIsNotLower() {
    VersionNegotiator versions = new VersionNegotiator(ApiVersion.V6_0);

    versions.lowerAfterRefusal(ApiVersion.V6_0, "this server supports is 7.1.");

    assertThat(versions.cap()).isEqualTo(ApiVersion.V5_1);
  }

  @Test
  void givesUpBelowTheLowestVersion() {
    VersionNegotiator versions = new VersionNegotiator(ApiVersion.V4_1);

    assertThat(versions.lowerAfterRefusal(ApiVersion.V4_1, null)).isFalse();
    assertThat(versions.cap()).isEqualTo(ApiVersion.V4_1);
  }

  @Test
  void neverRaisesTheCapWhenAnOlderRequestIsRefusedLate() {
    VersionNegotiator versions = new VersionNegotiator(ApiVersion.V7_1);
    versions.lowerAfterRefusal(ApiVersion.V7_1, "supports is 5.0");

    versions.lowerAfterRefusal(ApiVersion.V7_1, "supports is 6.0");

    assertThat(versions.cap()).isEqualTo(ApiVersion.V5_0);
  }

  @Test
  void recognisesTheOutOfRangeErrorByTypeKeyOrMessage() {
    assertThat(VersionNegotiator.isOutOfRange(400, "VssVersionOutOfRangeException", null)).isTrue();
    assertThat(VersionNegotiator.isOutOfRange(400, null, "... is out of range for this server."))
        .isTrue();
    assertThat(VersionNegotiator.isOutOfRange(404, "VssVersionOutOfRangeException", null))
        .isFalse();
    assertThat(VersionNegotiator.isOutOfRange(400, "RuleValidationException", "TF401320"))
        .isFalse();
  }
}
