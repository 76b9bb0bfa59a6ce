package dev.adolink.server.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the envelope format: a header line, then per item a header line and a payload of {@code
 * length} bytes (or up to the next newline without a length). The final newline is optional; a
 * {@code \r} belongs to the payload.
 */
final class EnvelopeParser {

  /** The body is not a valid envelope; the message says where. Answered 400. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private final JsonMapper json;

  EnvelopeParser(JsonMapper json) {
    this.json = json;
  }

  Envelope parse(byte[] body) throws Invalid {
    int[] pos = {0};
    byte[] headerLine = line(body, pos);
    if (headerLine.length == 0 && pos[0] >= body.length) {
      throw new Invalid("the envelope is empty");
    }
    JsonNode header = object(headerLine, "the envelope header");
    List<Envelope.Item> items = new ArrayList<>();
    while (pos[0] < body.length) {
      byte[] itemHeaderLine = line(body, pos);
      if (itemHeaderLine.length == 0) {
        continue; // blank line between items, or trailing newlines
      }
      int number = items.size() + 1;
      JsonNode itemHeader = object(itemHeaderLine, "the header of item " + number);
      String type = itemHeader.path("type").asString("");
      if (type.isBlank()) {
        throw new Invalid("item " + number + " has no type");
      }
      byte[] payload;
      JsonNode length = itemHeader.get("length");
      if (length != null && !length.isNull()) {
        if (!length.canConvertToInt() || length.asInt() < 0) {
          throw new Invalid("item " + number + " has an invalid length");
        }
        int size = length.asInt();
        if (pos[0] + size > body.length) {
          throw new Invalid(
              "item " + number + " says it has " + size + " bytes but the envelope ends before");
        }
        payload = Arrays.copyOfRange(body, pos[0], pos[0] + size);
        pos[0] += size;
        if (pos[0] < body.length) {
          if (body[pos[0]] != '\n') {
            throw new Invalid("item " + number + " is longer than its length");
          }
          pos[0]++;
        }
      } else {
        payload = line(body, pos);
      }
      items.add(new Envelope.Item(type, itemHeader, payload));
    }
    return new Envelope(header, items);
  }

  private JsonNode object(byte[] line, String what) throws Invalid {
    try {
      JsonNode node = json.readTree(new String(line, StandardCharsets.UTF_8));
      if (node == null || !node.isObject()) {
        throw new Invalid(what + " is not a JSON object");
      }
      return node;
    } catch (JacksonException e) {
      throw new Invalid(what + " is not valid JSON");
    }
  }

  private static byte[] line(byte[] body, int[] pos) {
    int start = pos[0];
    int end = start;
    while (end < body.length && body[end] != '\n') {
      end++;
    }
    pos[0] = Math.min(end + 1, body.length);
    if (end >= body.length) {
      pos[0] = body.length;
    }
    return Arrays.copyOfRange(body, start, end);
  }
}
