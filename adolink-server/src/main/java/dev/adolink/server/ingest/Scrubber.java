package dev.adolink.server.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sentry's default server-side scrubbing: in the free-form parts of an event (extra, contexts, a
 * request's headers, cookies, data and env, breadcrumb data), the value of every key that names a
 * secret becomes {@code [Filtered]} before the event is stored. sentry-cli's {@code send-event},
 * for one, sends the whole process environment, {@code SENTRY_AUTH_TOKEN} included.
 */
final class Scrubber {

  static final String FILTERED = "[Filtered]";

  private static final Pattern SENSITIVE =
      Pattern.compile(
          "password|passwd|secret|api_?key|auth|credentials|mysql_pwd|private_?key|token|session"
              + "|cookie|bearer",
          Pattern.CASE_INSENSITIVE);

  private Scrubber() {}

  /** A copy of {@code value} with the values of secret-naming keys filtered, at any depth. */
  static JsonNode scrub(JsonNode value) {
    JsonNode copy = value.deepCopy();
    filter(copy);
    return copy;
  }

  static boolean sensitive(String key) {
    return SENSITIVE.matcher(key).find();
  }

  private static void filter(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> secret = new ArrayList<>();
      for (var field : object.properties()) {
        if (sensitive(field.getKey()) && !field.getValue().isNull()) {
          secret.add(field.getKey());
        } else {
          filter(field.getValue());
        }
      }
      secret.forEach(key -> object.put(key, FILTERED));
    } else if (node instanceof ArrayNode array) {
      // [name, value] pairs (headers as a list) are filtered by their name
      if (array.size() == 2 && array.get(0).isString() && sensitive(array.get(0).asString())) {
        array.set(1, array.stringNode(FILTERED));
        return;
      }
      array.forEach(Scrubber::filter);
    }
  }
}
