package dev.adolink.azure.core;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A long-running operation, such as the creation of a project. */
public record Operation(String id, @Nullable Status status, @Nullable String url) {

  public enum Status {
    @JsonProperty("notSet")
    NOT_SET,
    @JsonProperty("queued")
    QUEUED,
    @JsonProperty("inProgress")
    IN_PROGRESS,
    @JsonProperty("cancelled")
    CANCELLED,
    @JsonProperty("succeeded")
    SUCCEEDED,
    @JsonProperty("failed")
    FAILED,
    @JsonEnumDefaultValue
    UNKNOWN
  }

  public boolean isFinished() {
    return status == Status.SUCCEEDED || status == Status.FAILED || status == Status.CANCELLED;
  }
}
