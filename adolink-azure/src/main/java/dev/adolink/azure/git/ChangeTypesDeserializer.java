package dev.adolink.azure.git;

import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Reads a change type set from a string ({@code "edit, rename"}) or a number (flags). */
final class ChangeTypesDeserializer extends ValueDeserializer<Set<ChangeType>> {

  @Override
  public Set<ChangeType> deserialize(JsonParser parser, DeserializationContext context) {
    String text = parser.getValueAsString();
    return ChangeType.parse(text == null ? "" : text);
  }
}
