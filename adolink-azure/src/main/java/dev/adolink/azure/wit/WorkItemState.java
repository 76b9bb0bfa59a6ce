package dev.adolink.azure.wit;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A state of a work item type and its category. */
public record WorkItemState(String name, @Nullable String color, @Nullable Category category) {

  /** ADO's five state categories. */
  public enum Category {
    @JsonProperty("Proposed")
    PROPOSED,
    @JsonProperty("InProgress")
    IN_PROGRESS,
    @JsonProperty("Resolved")
    RESOLVED,
    @JsonProperty("Completed")
    COMPLETED,
    @JsonProperty("Removed")
    REMOVED,
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /** Whether the work is done: the Resolved and Completed categories ({@code Removed} is not). */
  public boolean isDone() {
    return category == Category.RESOLVED || category == Category.COMPLETED;
  }
}
