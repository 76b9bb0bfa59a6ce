package dev.adolink.server.scm;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The issues a commit message says it fixes: {@code Fix}, {@code Fixes}, {@code Fixed}, {@code
 * Resolve}, {@code Resolves} or {@code Resolved} (any case, an optional colon) followed by one or
 * more short ids separated by commas, {@code and} or spaces: {@code Fixes PROJ-12, PROJ-13 and
 * WEB-4}.
 */
final class FixReferences {

  private static final String SHORT_ID = "[A-Za-z0-9][A-Za-z0-9_-]*-\\d+(?![\\w-])";

  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\b(?:fix(?:es|ed)?|resolve[sd]?)\\b:?\\s+("
              + SHORT_ID
              + "(?:(?:\\s*,\\s*|\\s*&\\s*|\\s+and\\s+|\\s+)"
              + SHORT_ID
              + ")*)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ID = Pattern.compile(SHORT_ID);

  private FixReferences() {}

  /** The short ids, upper-cased, in the order they appear. */
  static Set<String> in(@Nullable String message) {
    Set<String> ids = new LinkedHashSet<>();
    if (message == null) {
      return ids;
    }
    Matcher clause = CLAUSE.matcher(message);
    while (clause.find()) {
      Matcher id = ID.matcher(clause.group(1));
      while (id.find()) {
        ids.add(id.group().toUpperCase(Locale.ROOT));
      }
    }
    return ids;
  }
}
