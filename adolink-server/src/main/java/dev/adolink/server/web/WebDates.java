package dev.adolink.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How pages show times, {@code ${@webDates.format(instant)}}, in UTC to the minute; and a text's
 * first line, {@code ${@webDates.firstLine(text)}} (a commit's subject).
 */
@Component("webDates")
class WebDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public String format(@Nullable Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }

  public String firstLine(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    return text.strip().lines().findFirst().orElse("");
  }
}
