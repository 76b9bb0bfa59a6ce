package dev.adolink.azure.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A person (or group) as ADO refers to it, whatever the form it came in:
 *
 * <ul>
 *   <li>an IdentityRef object ({@code {"id", "displayName", "uniqueName", "descriptor", ...}}),
 *       REST reads from api-version 5.0 on; a graph user ({@code mailAddress}) is read too;
 *   <li>{@code "Jamal Hartnett <fabrikamfiber4@hotmail.com>"}: webhook payloads, search results,
 *       4.x reads;
 *   <li>a bare email, or a bare display name.
 * </ul>
 *
 * Values are trimmed; blank parts are null. {@code uniqueName} counts as the email only when it
 * looks like one ({@code DOMAIN\\user} on servers does not); a {@code Windows Live ID\\x@y} prefix
 * is dropped.
 */
@JsonDeserialize(using = IdentityDeserializer.class)
public record Identity(
    @Nullable String displayName,
    @Nullable String email,
    @Nullable String id,
    @Nullable String descriptor) {

  private static final Pattern NAME_AND_EMAIL = Pattern.compile("^(.*?)\\s*<([^<>]*)>\\s*$");

  /** Parses {@code "Name <email>"}, a bare email or a display name; empty for a blank text. */
  public static Optional<Identity> parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.trim();
    Matcher matcher = NAME_AND_EMAIL.matcher(value);
    if (matcher.matches()) {
      String inside = matcher.group(2).trim();
      String email = emailIn(inside);
      String name = blankToNull(matcher.group(1));
      if (email == null && name == null) {
        name = blankToNull(inside);
      }
      return Optional.of(new Identity(name, email, null, null));
    }
    String email = emailIn(value);
    return Optional.of(
        email != null && !value.contains(" ")
            ? new Identity(null, email, null, null)
            : new Identity(value, null, null, null));
  }

  /** Reads a JSON value: a string, an identity object, or null/missing (empty). */
  public static Optional<Identity> from(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (node.isValueNode()) {
      return parse(node.asString());
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    Optional<Identity> named = parse(text(node, "name"));
    String email = emailIn(text(node, "uniqueName"));
    if (email == null) {
      email = emailIn(text(node, "mailAddress"));
    }
    if (email == null) {
      email = named.map(Identity::email).orElse(null);
    }
    String displayName = text(node, "displayName");
    if (displayName == null) {
      displayName = named.map(Identity::displayName).orElse(null);
    }
    String id = text(node, "id");
    if (id == null) {
      id = text(node, "originId");
    }
    Identity identity = new Identity(displayName, email, id, text(node, "descriptor"));
    return identity.isEmpty() ? Optional.empty() : Optional.of(identity);
  }

  /** The email in lower case, for matching (emails are compared case-insensitively). */
  public Optional<String> normalizedEmail() {
    return Optional.ofNullable(email).map(e -> e.toLowerCase(Locale.ROOT));
  }

  /** The display name, or the email when there is none. */
  public String label() {
    return displayName != null ? displayName : email != null ? email : id != null ? id : "";
  }

  /** {@code "Name <email>"}, the form ADO accepts in identity fields. */
  public String asFieldValue() {
    if (email == null) {
      return label();
    }
    return displayName == null ? email : displayName + " <" + email + ">";
  }

  private boolean isEmpty() {
    return displayName == null && email == null && id == null && descriptor == null;
  }

  private static @Nullable String emailIn(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String candidate = value.trim();
    int backslash = candidate.lastIndexOf('\\');
    if (backslash >= 0) {
      candidate = candidate.substring(backslash + 1);
    }
    int at = candidate.indexOf('@');
    boolean looksLikeEmail =
        at > 0
            && at == candidate.lastIndexOf('@')
            && at < candidate.length() - 1
            && !candidate.contains(" ");
    return looksLikeEmail ? candidate : null;
  }

  private static @Nullable String text(JsonNode node, String property) {
    JsonNode value = node.get(property);
    return value == null || !value.isValueNode() || value.isNull()
        ? null
        : blankToNull(value.asString());
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
