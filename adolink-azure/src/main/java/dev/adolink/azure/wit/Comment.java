package dev.adolink.azure.wit;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.adolink.azure.identity.Identity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A work item discussion comment. The id is {@code id} in 7.x and {@code commentId} in older
 * payloads; both are read.
 */
public record Comment(
    int workItemId,
    @JsonAlias("commentId") int id,
    int version,
    @Nullable String text,
    @Nullable String renderedText,
    @Nullable Format format,
    @Nullable Identity createdBy,
    @Nullable Instant createdDate,
    @Nullable Identity modifiedBy,
    @Nullable Instant modifiedDate,
    boolean isDeleted,
    @Nullable String url) {

  public enum Format {
    @JsonProperty("markdown")
    MARKDOWN,
    @JsonProperty("html")
    HTML,
    @JsonEnumDefaultValue
    UNKNOWN
  }
}
