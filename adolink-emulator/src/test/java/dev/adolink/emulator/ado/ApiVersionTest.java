package dev.adolink.emulator.ado;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

  @Test
  void parsesReleasedAndPreviewVersions() {
    assertThat(ApiVersion.parse("7.1")).contains(new ApiVersion(7, 1, false, 0));
    assertThat(ApiVersion.parse("7.1-preview.4")).contains(new ApiVersion(7, 1, true, 4));
    assertThat(ApiVersion.parse("5.0-PREVIEW")).contains(new ApiVersion(5, 0, true, 0));
  }

  @Test
  void rejectsTextThatIsNotAVersion() {
    assertThat(ApiVersion.parse("latest")).isEmpty();
    assertThat(ApiVersion.parse("7")).isEmpty();
  }

  @Test
  void comparesByNumberOnly() {
    assertThat(ApiVersion.parse("7.1-preview.3").orElseThrow())
        .isEqualByComparingTo(ApiVersion.LATEST_RELEASED);
    assertThat(ApiVersion.parse("6.0").orElseThrow().compareTo(ApiVersion.MIN)).isPositive();
  }

  @Test
  void printsTheWayItWasGiven() {
    assertThat(ApiVersion.parse("7.1-preview.4").orElseThrow()).hasToString("7.1-preview.4");
  }
}
