package dev.adolink.emulator.process;

import java.util.List;

/**
 * A work item field of the organization ({@code _apis/wit/fields}).
 *
 * @param type ADO's field type as in JSON: {@code string}, {@code integer}, {@code double}, {@code
 *     dateTime}, {@code plainText}, {@code html}, {@code treePath}, {@code history}, {@code
 *     boolean}, {@code identity}
 * @param allowedValues the field's global picklist (e.g. Priority 1–4); empty when free
 */
public record FieldDefinition(
    String referenceName,
    String name,
    String type,
    boolean readOnly,
    List<String> allowedValues,
    String description) {

  public boolean isIdentity() {
    return type.equals("identity");
  }
}
