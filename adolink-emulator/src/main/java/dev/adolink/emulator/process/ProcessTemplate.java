package dev.adolink.emulator.process;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A system process (Agile, Scrum, Basic): its work item types and categories. */
public record ProcessTemplate(
    UUID id,
    String name,
    String description,
    boolean isDefault,
    List<WorkItemTypeDefinition> types,
    List<Category> categories) {

  /** A type by name or reference name, case-insensitive. */
  public Optional<WorkItemTypeDefinition> type(String nameOrReference) {
    return types.stream()
        .filter(
            t ->
                t.name().equalsIgnoreCase(nameOrReference)
                    || t.referenceName().equalsIgnoreCase(nameOrReference))
        .findFirst();
  }

  /**
   * Whether the type is in {@code Microsoft.HiddenCategory} (Code Review Request, Test Plan, ...).
   */
  public boolean isHidden(String typeName) {
    return category("Microsoft.HiddenCategory")
        .map(c -> c.types().stream().anyMatch(typeName::equalsIgnoreCase))
        .orElse(false);
  }

  /** The visible types, as pickers show them. */
  public List<WorkItemTypeDefinition> visibleTypes() {
    return types.stream().filter(t -> !isHidden(t.name())).toList();
  }

  public Optional<Category> category(String nameOrReference) {
    return categories.stream()
        .filter(
            c ->
                c.referenceName().equalsIgnoreCase(nameOrReference)
                    || c.name().equalsIgnoreCase(nameOrReference))
        .findFirst();
  }
}
