package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiResourceTest {

  private static final ApiResource COMMENTS =
      ApiResource.preview("work item comments", ApiVersion.V5_1, 3)
          .withRevision(ApiVersion.V7_1, 4);

  @Test
  void aReleasedResourceUsesTheNegotiatedVersion() {
    assertThat(ApiResource.RELEASED.versionFor(ApiVersion.V7_1)).contains("7.1");
    assertThat(ApiResource.RELEASED.versionFor(ApiVersion.V6_0)).contains("6.0");
  }

  @Test
  void aPreviewResourceGetsTheRevisionOfItsVersion() {
    assertThat(COMMENTS.versionFor(ApiVersion.V7_1)).contains("7.1-preview.4");
    assertThat(COMMENTS.versionFor(ApiVersion.V7_0)).contains("7.0-preview.3");
    assertThat(COMMENTS.versionFor(ApiVersion.V5_1)).contains("5.1-preview.3");
  }

  @Test
  void aResourceIsUnavailableBelowItsFirstVersion() {
    assertThat(COMMENTS.versionFor(ApiVersion.V5_0)).isEmpty();
  }

  @Test
  void aResourceReleasedLaterIsAskedForAsAPreviewBefore() {
    ApiResource tags = ApiResource.previewUntil("tags", ApiVersion.V6_0, 1, ApiVersion.V7_1);

    assertThat(tags.versionFor(ApiVersion.V7_1)).contains("7.1");
    assertThat(tags.versionFor(ApiVersion.V7_0)).contains("7.0-preview.1");
  }

  @Test
  void versionsParseWithOrWithoutPreviewSuffix() {
    assertThat(ApiVersion.parse("7.1-preview.4")).isEqualTo(ApiVersion.V7_1);
    assertThat(ApiVersion.parse(" 6.0 ")).isEqualTo(ApiVersion.V6_0);
    assertThat(ApiVersion.V5_1.isBefore(ApiVersion.V6_0)).isTrue();
  }
}
