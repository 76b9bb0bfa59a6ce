package dev.adolink.azure.hooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The docs' service hook samples ({@code azure-devops-api/webhook-samples}, Apache 2.0). */
final class Samples {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Samples() {}

  static ObjectNode read(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("samples/" + name)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    return JSON.readTree(json);
  }
}
