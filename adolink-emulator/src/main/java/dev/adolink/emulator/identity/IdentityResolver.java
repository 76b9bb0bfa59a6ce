package dev.adolink.emulator.identity;

import dev.adolink.emulator.store.Ids;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the member an identity value names, as ADO accepts it in identity fields: an email, {@code
 * "Display Name <email>"}, a display name (only when exactly one member has it), or an identity id.
 */
public final class IdentityResolver {

  private static final Pattern NAME_WITH_EMAIL = Pattern.compile(".*<([^>]+)>\\s*");

  private IdentityResolver() {}

  public static Optional<User> resolve(Organization org, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    List<User> members = org.members();
    Optional<java.util.UUID> id = Ids.parse(text);
    if (id.isPresent()) {
      return members.stream().filter(u -> u.id().equals(id.get())).findFirst();
    }
    Matcher m = NAME_WITH_EMAIL.matcher(text);
    String email = m.matches() ? m.group(1).trim() : text;
    Optional<User> byEmail =
        members.stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
    if (byEmail.isPresent() || m.matches()) {
      return byEmail;
    }
    String name = text.toLowerCase(Locale.ROOT);
    List<User> byName =
        members.stream()
            .filter(u -> u.displayName().toLowerCase(Locale.ROOT).equals(name))
            .toList();
    return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
  }
}
