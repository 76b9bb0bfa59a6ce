package dev.adolink.azure.transport;

import java.time.Instant;
import java.time.LocalDateTime;
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
}
