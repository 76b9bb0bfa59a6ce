package dev.adolink.emulator.wit;

import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.process.FieldDefinition;
import dev.adolink.emulator.store.User;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Field values as the emulator stores them (String, Integer, Double, Boolean, Instant, {@link
 * User}) and their conversion from patch values and to JSON. Identity values are resolved elsewhere
 * ({@link Identities}); here a {@link User} is only rendered.
 */
public final class FieldValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FieldValues() {}

  /**
   * The stored form of {@code value} for a non-identity field; {@code null} clears the field (a
   * null or empty value).
   *
   * @throws IllegalArgumentException when the value does not fit the field's type (ADO's {@code
   *     InvalidType} rule error)
   */
  static Object coerce(FieldDefinition field, JsonNode value) {
    if (value == null || value.isNull() || (value.isString() && value.asString().isEmpty())) {
      return null;
    }
    if (value.isContainer()) {
      throw new IllegalArgumentException("not a scalar");
    }
    String text = value.asString().trim();
    try {
      return switch (field.type()) {
        case "integer" -> value.isIntegralNumber() ? value.asInt() : Integer.parseInt(text);
        case "double" -> value.isNumber() ? value.asDouble() : Double.parseDouble(text);
        case "boolean" -> bool(value, text);
        case "dateTime" -> parseDate(text);
        default -> value.asString();
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Boolean bool(JsonNode value, String text) {
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalArgumentException("not a boolean: " + text);
  }

  /** ISO-8601 with or without an offset (UTC then), or a bare date. */
  public static Instant parseDate(String text) {
    String value = text.trim();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
    }
  }

  /** The value as text: identities as {@code Name <email>}, dates in ISO form. */
  public static String display(Object value) {
    if (value instanceof User user) {
      return user.nameWithEmail();
    }
    if (value instanceof Instant instant) {
      return Json.date(instant);
    }
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(value);
  }

  /** A non-identity value as JSON (whole doubles as integers, as ADO writes them). */
  static JsonNode json(Object value) {
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? NODES.numberNode(d.longValue())
          : NODES.numberNode(d);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    return NODES.stringNode(display(value));
  }
}
