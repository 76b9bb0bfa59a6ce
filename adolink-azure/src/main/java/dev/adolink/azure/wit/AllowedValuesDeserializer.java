package dev.adolink.azure.wit;

import dev.adolink.azure.identity.Identity;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Allowed values are strings or numbers for most fields, but IdentityRef objects for identity
 * fields ({@code System.AssignedTo}); those become {@code "Name <email>"}, the form ADO accepts
 * back.
 */
final class AllowedValuesDeserializer extends ValueDeserializer<List<String>> {

  @Override
  public List<String> deserialize(JsonParser parser, DeserializationContext context) {
    JsonNode node = context.readTree(parser);
    List<String> values = new ArrayList<>();
    for (JsonNode value : node.isArray() ? node : List.of(node)) {
      if (value.isValueNode() && !value.isNull()) {
        values.add(value.asString());
      } else {
        Identity.from(value).map(Identity::asFieldValue).ifPresent(values::add);
      }
    }
    return values;
  }
}
