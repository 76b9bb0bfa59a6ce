package dev.adolink.azure.wit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.adolink.azure.identity.Identity;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code fields} of a work item, read tolerantly: numbers that come as strings and strings that
 * come as numbers are both accepted, identity fields may be objects or {@code "Name <email>"}
 * strings. Field names are ADO reference names ({@link Fields}).
 */
public final class WorkItemFields {

  private final Map<String, JsonNode> values;

  @JsonCreator
  WorkItemFields(@Nullable Map<String, JsonNode> values) {
    this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
  }

  @JsonValue
  Map<String, JsonNode> values() {
    return values;
  }

  public Set<String> names() {
    return values.keySet();
  }

  public boolean has(String field) {
    JsonNode value = values.get(field);
    return value != null && !value.isNull();
  }

  /** The raw JSON value, for fields this class has no reader for. */
  public Optional<JsonNode> raw(String field) {
    return Optional.ofNullable(values.get(field)).filter(value -> !value.isNull());
  }

  /** The value as text (numbers and booleans converted); empty when absent or an object. */
  public Optional<String> string(String field) {
    return raw(field).filter(JsonNode::isValueNode).map(JsonNode::asString);
  }

  /** The value as an int, from a number or a numeric string. */
  public OptionalInt integer(String field) {
    Optional<JsonNode> value = raw(field);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    JsonNode node = value.get();
    if (node.isNumber()) {
      return OptionalInt.of(node.asInt());
    }
    try {
      return OptionalInt.of(Integer.parseInt(node.asString().trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  public Optional<Identity> identity(String field) {
    return raw(field).flatMap(Identity::from);
  }

  public Optional<Instant> instant(String field) {
    return string(field).flatMap(WorkItemFields::parseInstant);
  }

  private static Optional<Instant> parseInstant(String text) {
    try {
      return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public Optional<String> title() {
    return string(Fields.TITLE);
  }

  public Optional<String> state() {
    return string(Fields.STATE);
  }

  public Optional<String> workItemType() {
    return string(Fields.WORK_ITEM_TYPE);
  }

  public Optional<String> teamProject() {
    return string(Fields.TEAM_PROJECT);
  }

  public Optional<String> areaPath() {
    return string(Fields.AREA_PATH);
  }

  public Optional<String> iterationPath() {
    return string(Fields.ITERATION_PATH);
  }

  public Optional<String> description() {
    return string(Fields.DESCRIPTION);
  }

  public Optional<Identity> assignedTo() {
    return identity(Fields.ASSIGNED_TO);
  }

  /** {@code System.Tags} ({@code "tag1; tag2"}) as a list. */
  public List<String> tags() {
    return string(Fields.TAGS)
        .map(text -> Arrays.stream(text.split(";")).map(String::trim).filter(t -> !t.isEmpty()))
        .map(tags -> tags.toList())
        .orElse(List.of());
  }

  @Override
  public String toString() {
    return "WorkItemFields" + values.keySet();
  }
}
