package dev.adolink.server.tracker;

import org.jspecify.annotations.Nullable;

/** Ids arrive as strings in paths and query parameters; slugs never start with a digit. */
final class Ids {

  private Ids() {}

  /** The positive number this text spells, or {@code null} if it is not one. */
  static @Nullable Long parse(String text) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    long id = Long.parseLong(text);
    return id > 0 ? id : null;
  }
}
