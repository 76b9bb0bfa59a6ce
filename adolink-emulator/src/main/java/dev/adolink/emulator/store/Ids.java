package dev.adolink.emulator.store;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** GUID parsing as ADO accepts it (any case, with or without braces). */
public final class Ids {

  private static final Pattern GUID =
      Pattern.compile(
          "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

  private Ids() {}

  public static Optional<UUID> parse(String text) {
    if (text == null || !GUID.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(text.replace("{", "").replace("}", "")));
  }
}
