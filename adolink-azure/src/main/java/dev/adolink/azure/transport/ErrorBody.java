package dev.adolink.azure.transport;

import dev.adolink.azure.error.RuleValidationException.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * ADO's error body: {@code {"message": "TF401019: ...", "typeKey": "...", "customProperties":
 * {"RuleValidationErrors": [...]}}}. Anything else (an HTML page, an empty body) has no message.
 */
record ErrorBody(@Nullable String typeKey, @Nullable String message, List<Violation> violations) {

  static final ErrorBody NONE = new ErrorBody(null, null, List.of());

  static ErrorBody parse(byte[] body, String contentType) {
    if (body.length == 0 || !isJson(contentType)) {
      return NONE;
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(new String(body, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      return NONE;
    }
    if (node == null || !node.isObject()) {
      return NONE;
    }
    List<Violation> violations = new ArrayList<>();
    for (JsonNode error : node.path("customProperties").path("RuleValidationErrors")) {
      violations.add(
          new Violation(text(error.get("fieldReferenceName")), text(error.get("errorMessage"))));
    }
    return new ErrorBody(text(node.get("typeKey")), text(node.get("message")), violations);
  }

  static boolean isJson(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/json") || type.contains("+json");
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
  }
}
