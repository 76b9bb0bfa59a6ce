package dev.adolink.server.jobs;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import tools.jackson.databind.json.JsonMapper;

/** Job payloads are stored as JSON (readable, and stable across class changes unlike Java's). */
class JsonTaskSerializer implements Serializer {

  private final JsonMapper json;

  JsonTaskSerializer(JsonMapper json) {
    this.json = json;
  }

  @Override
  public byte[] serialize(Object data) {
    return json.writeValueAsBytes(data);
  }

  @Override
  public <T> T deserialize(Class<T> type, byte[] serializedData) {
    return json.readValue(serializedData, type);
  }

  String toJson(Object data) {
    return json.writeValueAsString(data);
  }

  <T> T fromJson(Class<T> type, String data) {
    return json.readValue(data, type);
  }
}
