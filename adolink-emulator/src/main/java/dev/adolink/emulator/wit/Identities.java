package dev.adolink.emulator.wit;

import dev.adolink.emulator.process.FieldDefinition;
import dev.adolink.emulator.store.Ids;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Resolves the value of an identity field ({@code System.AssignedTo} and the like) against the
 * organization's members, as ADO does: an email, a display name (when only one member has it),
 * {@code Name <email>}, an identity id or descriptor, or an IdentityRef object.
 */
final class Identities {

  private static final Pattern NAME_WITH_EMAIL = Pattern.compile("^(.*)<([^<>]+)>\\s*$");

  private Identities() {}

  /**
   * The member {@code value} names; {@code null} for an empty value (which clears the field).
   *
   * @throws dev.adolink.emulator.http.AdoException 400 "unknown identity" or "ambiguous identity"
   */
  static User resolve(Organization org, FieldDefinition field, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isObject() ? objectKey(value) : value.asString().trim();
    if (text.isEmpty()) {
      return null;
    }
    List<User> members = org.members();
    Optional<User> found = find(members, text);
    if (found.isPresent()) {
      return found.get();
    }
    List<User> byName =
        members.stream().filter(u -> u.displayName().equalsIgnoreCase(text)).toList();
    if (byName.size() == 1) {
      return byName.get(0);
    }
    if (byName.size() > 1) {
      throw WitErrors.ambiguousIdentity(text, field.name(), field.referenceName());
    }
    throw WitErrors.unknownIdentity(text, field.name(), field.referenceName());
  }

  private static Optional<User> find(List<User> members, String text) {
    Matcher m = NAME_WITH_EMAIL.matcher(text);
    String email = m.matches() ? m.group(2).trim() : text;
    Optional<UUID> id = Ids.parse(text);
    return members.stream()
        .filter(
            u ->
                u.email().equalsIgnoreCase(email)
                    || id.map(u.id()::equals).orElse(false)
                    || u.descriptor().equals(text))
        .findFirst();
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
