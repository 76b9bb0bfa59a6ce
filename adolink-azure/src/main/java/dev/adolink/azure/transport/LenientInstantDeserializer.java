package dev.adolink.azure.transport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * ADO dates: ISO-8601 with 0 to 7 fraction digits, usually with {@code Z}, sometimes without any
 * offset ({@code 0001-01-01T00:00:00} for "unset", read as UTC). Epoch milliseconds are accepted
 * too. An empty string is null.
 */
final class LenientInstantDeserializer extends ValueDeserializer<Instant> {

  @Override
  public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return Instant.ofEpochMilli(parser.getLongValue());
    }
    String text = parser.getValueAsString();
    if (text == null || text.isBlank()) {
      return null;
    }
    Instant parsed = parse(text.trim());
    if (parsed == null) {
      return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 date");
    }
    return parsed;
  }

  static @Nullable Instant parse(String text) {
    Instant usual = usual(text);
    return usual != null ? usual : general(text);
  }

  /** Any form the JDK's ISO parsers read, with an offset or without one (then UTC). */
  static @Nullable Instant general(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException withoutOffset) {
        return null;
      }
    }
  }

  /**
   * The form ADO writes, read without the JDK's formatter (a release's commit fetch reads tens of
   * thousands): {@code yyyy-MM-ddTHH:mm:ss}, then 1 to 9 fraction digits or none, then {@code Z},
   * {@code ±HH:MM} or nothing (UTC). Null for anything else, which {@link #general} reads.
   */
  private static @Nullable Instant usual(String s) {
    int n = s.length();
    if (n < 19
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      int count = i - start;
      if (count < 1 || count > 9) {
        return null;
      }
      nanos = digits(s, start, count);
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = 0;
    if (i < n) {
      char sign = s.charAt(i);
      if (sign == 'Z' && i + 1 == n) {
        offsetSeconds = 0;
      } else if ((sign == '+' || sign == '-') && n == i + 6 && s.charAt(i + 3) == ':') {
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
          return null;
        }
        offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
      } else {
        return null;
      }
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
      return Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds, nanos);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** The decimal number of {@code count} digits at {@code from}; -1 if one is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
