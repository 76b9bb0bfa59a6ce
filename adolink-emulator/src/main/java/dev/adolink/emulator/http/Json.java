package dev.adolink.emulator.http;

import java.time.Instant;
import java.util.Collection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the emulator and small helpers for building ADO-shaped JSON trees. */
public final class Json {

  public static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  public static ArrayNode array(Collection<? extends JsonNode> items) {
    ArrayNode array = NODES.arrayNode();
    items.forEach(array::add);
    return array;
  }

  /** ADO's list wrapper: {@code {"count": n, "value": [...]}}. */
  public static ObjectNode list(Collection<? extends JsonNode> items) {
    ObjectNode list = object();
    list.put("count", items.size());
    list.set("value", array(items));
    return list;
  }

  /** ISO-8601 UTC with {@code Z}, as ADO writes dates. */
  public static String date(Instant instant) {
    return instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
  }

  /** {@code {"href": url}}, the shape of every entry of {@code _links}. */
  public static ObjectNode href(String url) {
    ObjectNode link = object();
    link.put("href", url);
    return link;
  }

  public static JsonNode parse(byte[] bytes) {
    return MAPPER.readTree(bytes);
  }

  public static byte[] bytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  /** A text value of {@code node}, or {@code fallback} when missing, null or not a scalar. */
  public static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainer()) {
      return fallback;
    }
    return value.asString();
  }
}
