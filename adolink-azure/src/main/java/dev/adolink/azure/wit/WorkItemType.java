package dev.adolink.azure.wit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A work item type of a project (Bug, Task, User Story, a custom type, …). */
public record WorkItemType(
    String name,
    @Nullable String referenceName,
    @Nullable String description,
    @Nullable String color,
    boolean isDisabled,
    List<FieldRef> fields,
    List<WorkItemState> states,
    @Nullable String url) {

  public WorkItemType {
    fields = fields == null ? List.of() : List.copyOf(fields);
    states = states == null ? List.of() : List.copyOf(states);
  }

  /** A field of the type as the type listing names it. */
  public record FieldRef(
      String referenceName, @Nullable String name, boolean alwaysRequired, @Nullable String url) {}
}
