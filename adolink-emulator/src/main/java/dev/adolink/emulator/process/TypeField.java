package dev.adolink.emulator.process;

import java.util.List;

/**
 * A field as one work item type uses it.
 *
 * @param allowedValues the values allowed for this type (the type's own list, else the field's
 *     picklist); empty when free
 * @param defaultValue set on creation when not given; {@code null} for none
 */
public record TypeField(
    FieldDefinition field, boolean required, List<String> allowedValues, String defaultValue) {

  public String referenceName() {
    return field.referenceName();
  }
}
