package dev.adolink.server.tracker;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enums travel as their lower-case names ({@code resolved}, {@code owner}). */
final class Wire {

  private Wire() {}

  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants())
        .filter(value -> name(value).equals(text))
        .findFirst();
  }

  /** "must be one of a, b, c", the message for a value outside the enum. */
  static String oneOf(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Wire::name)
        .collect(Collectors.joining(", ", "must be one of ", ""));
  }
}
