package dev.adolink.emulator.wit;

import dev.adolink.emulator.identity.IdentityResolver;
import dev.adolink.emulator.process.FieldDefinition;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Resolves the value of an identity field ({@code System.AssignedTo} and the like) against the
 * organization's members, as ADO does: an email, a display name (when only one member has it),
 * {@code Name <email>}, an identity id or descriptor, or an IdentityRef object.
 */
final class Identities {

  private Identities() {}

  /**
   * The member {@code value} names; {@code null} for an empty value (which clears the field).
   *
   * @throws dev.adolink.emulator.ado.AdoException 400 "unknown identity" or "ambiguous identity"
   */
  static User resolve(Organization org, FieldDefinition field, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isObject() ? objectKey(value) : value.asString().trim();
    if (text.isEmpty()) {
      return null;
    }
    Optional<User> found =
        IdentityResolver.resolve(org, text)
            .or(() -> org.members().stream().filter(u -> u.descriptor().equals(text)).findFirst());
    if (found.isPresent()) {
      return found.get();
    }
    long sameName =
        org.members().stream().filter(u -> u.displayName().equalsIgnoreCase(text)).count();
    if (sameName > 1) {
      throw WitErrors.ambiguousIdentity(text, field.name(), field.referenceName());
    }
    throw WitErrors.unknownIdentity(text, field.name(), field.referenceName());
  }

  /** An IdentityRef names its identity by {@code uniqueName}, {@code id} or display name. */
  private static String objectKey(JsonNode ref) {
    for (String key : List.of("uniqueName", "id", "descriptor", "displayName")) {
      JsonNode v = ref.get(key);
      if (v != null && v.isString() && !v.asString().isBlank()) {
        return v.asString().trim();
      }
    }
    return "";
  }

  /** The text an unresolvable identity keeps when rules are bypassed. */
  static String raw(JsonNode value) {
    return value.isObject() ? objectKey(value) : value.asString();
  }
}
