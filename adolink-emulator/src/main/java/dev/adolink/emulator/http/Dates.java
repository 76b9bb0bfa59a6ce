package dev.adolink.emulator.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Lenient date parsing for query parameters, as ADO (a .NET server) accepts them: ISO-8601 with or
 * without offset or time, and US forms such as {@code 6/14/2018 12:00:00 AM}. Without a zone: UTC.
 */
public final class Dates {

  private static final List<DateTimeFormatter> LOCAL =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT),
          DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US),
          DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss", Locale.US),
          DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.US));

  private Dates() {}

  public static Instant parse(String text) {
    String value = text.trim();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the other forms
    }
    for (DateTimeFormatter format : LOCAL) {
      try {
        return LocalDateTime.parse(value.toUpperCase(Locale.ROOT), format)
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // next
      }
    }
    for (String pattern : List.of("yyyy-MM-dd", "M/d/yyyy")) {
      try {
        return LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern, Locale.ROOT))
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // next
      }
    }
    throw new BadRequest("The date '" + text + "' is not in a recognized format.");
  }
}
