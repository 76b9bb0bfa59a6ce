package dev.adolink.emulator.http;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
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

  /**
   * The property {@code name} of a request body's object, matched as ADO's ASP.NET model binding
   * (Newtonsoft) matches it: exactly, else ignoring case ({@code IsDeleted} is {@code isDeleted}).
   * A {@link MissingNode} when absent or when {@code node} is no object, like {@link
   * JsonNode#path(String)}. Not for dictionaries (consumer inputs, headers): their keys are data.
   */
  public static JsonNode field(@Nullable JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return MissingNode.getInstance();
    }
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (property.getKey().equalsIgnoreCase(name)) {
        return property.getValue();
      }
    }
    return MissingNode.getInstance();
  }

  /** As {@link #field}, but {@code null} when absent, like {@link JsonNode#get(String)}. */
  public static @Nullable JsonNode get(@Nullable JsonNode node, String name) {
    JsonNode value = field(node, name);
    return value.isMissingNode() ? null : value;
  }

  /**
   * A text value of {@code node}'s property (matched as {@link #field}), or {@code fallback} when
   * missing, null or not a scalar.
   */
  public static String text(@Nullable JsonNode node, String field, String fallback) {
    JsonNode value = field(node, field);
    if (value.isMissingNode() || value.isNull() || value.isContainer()) {
      return fallback;
    }
    return value.asString();
  }

  /**
   * An enum property of a request body as its declared name (see {@link WireEnum}): a number or a
   * name; {@code fallback} when missing or null; 400 when it is neither.
   */
  public static String enumText(
      @Nullable JsonNode node, String field, WireEnum type, @Nullable String fallback) {
    JsonNode value = field(node, field);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    return type.name(field, value);
  }
}
