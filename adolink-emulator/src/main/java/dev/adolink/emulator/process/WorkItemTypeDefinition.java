package dev.adolink.emulator.process;

import java.util.List;
import java.util.Optional;

/**
 * A work item type of a process: its states (the first is the initial one) and its fields with
 * required flags and allowed values.
 *
 * @param category the reference name of its own category, e.g. {@code Microsoft.BugCategory}; empty
 *     for types without one (Agile's Issue); hidden types are also listed in the process's {@code
 *     Microsoft.HiddenCategory} (see {@link ProcessTemplate#isHidden})
 * @param icon ADO's icon id, e.g. {@code icon_insect}
 */
public record WorkItemTypeDefinition(
    String name,
    String referenceName,
    String description,
    String color,
    String icon,
    boolean disabled,
    String category,
    List<WorkItemState> states,
    List<TypeField> fields) {

  public Optional<WorkItemState> state(String stateName) {
    return states.stream().filter(s -> s.name().equalsIgnoreCase(stateName)).findFirst();
  }

  public WorkItemState initialState() {
    return states.get(0);
  }

  public Optional<TypeField> field(String referenceOrName) {
    return fields.stream()
        .filter(
            f ->
                f.referenceName().equalsIgnoreCase(referenceOrName)
                    || f.field().name().equalsIgnoreCase(referenceOrName))
        .findFirst();
  }

  /** The field definitions with {@code required} set on this type. */
  public List<TypeField> requiredFields() {
    return fields.stream().filter(TypeField::required).toList();
  }
}
