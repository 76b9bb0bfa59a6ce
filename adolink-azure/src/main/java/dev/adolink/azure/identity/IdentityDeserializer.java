package dev.adolink.azure.identity;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/** Lets any record declare an {@link Identity} property, whatever form ADO sends. */
final class IdentityDeserializer extends ValueDeserializer<Identity> {

  @Override
  public @Nullable Identity deserialize(JsonParser parser, DeserializationContext context) {
    JsonNode node = context.readTree(parser);
    return Identity.from(node).orElse(null);
  }
}
