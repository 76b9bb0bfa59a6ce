package dev.adolink.azure.wit;

import dev.adolink.azure.transport.ApiResource;
import dev.adolink.azure.transport.ApiVersion;

/** The api-versions of the WIT endpoints that are not plainly released in every version. */
final class WitResources {

  /** Preview in every version: 5.1-preview.3 up to 7.0, 7.1-preview.4 from 7.1. */
  static final ApiResource COMMENTS =
      ApiResource.preview("work item comments", ApiVersion.V5_1, 3)
          .withRevision(ApiVersion.V7_1, 4);

  /** Preview from 6.0, released in 7.1. */
  static final ApiResource TAGS =
      ApiResource.previewUntil("work item tags", ApiVersion.V6_0, 1, ApiVersion.V7_1);

  /**
   * Released in 7.1; asked for as a preview before (Sentry sends 4.1-preview.1), which ADO accepts
   * for released versions too.
   */
  static final ApiResource STATES =
      ApiResource.previewUntil("work item type states", ApiVersion.V4_1, 1, ApiVersion.V7_1);

  private WitResources() {}
}
