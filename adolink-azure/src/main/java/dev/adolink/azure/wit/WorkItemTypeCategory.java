package dev.adolink.azure.wit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A category of work item types ({@code Microsoft.BugCategory}, …) and the types in it. */
public record WorkItemTypeCategory(
    String name,
    String referenceName,
    @Nullable TypeRef defaultWorkItemType,
    List<TypeRef> workItemTypes,
    @Nullable String url) {

  public WorkItemTypeCategory {
    workItemTypes = workItemTypes == null ? List.of() : List.copyOf(workItemTypes);
  }

  /** A work item type by name. */
  public record TypeRef(String name, @Nullable String url) {}
}
