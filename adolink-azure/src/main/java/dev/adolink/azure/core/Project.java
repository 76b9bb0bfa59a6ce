package dev.adolink.azure.core;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A team project ({@code TeamProjectReference}; {@code TeamProject} adds nothing read here). */
public record Project(
    String id,
    String name,
    @Nullable String description,
    @Nullable String url,
    @Nullable State state,
    long revision,
    @Nullable Visibility visibility,
    @Nullable Instant lastUpdateTime) {

  public enum State {
    @JsonProperty("wellFormed")
    WELL_FORMED,
    @JsonProperty("createPending")
    CREATE_PENDING,
    @JsonProperty("deleting")
    DELETING,
    @JsonProperty("new")
    NEW,
    @JsonProperty("deleted")
    DELETED,
    @JsonEnumDefaultValue
    UNKNOWN
  }

  public enum Visibility {
    @JsonProperty("private")
    PRIVATE,
    @JsonProperty("public")
    PUBLIC,
    @JsonEnumDefaultValue
    UNKNOWN
  }
}
