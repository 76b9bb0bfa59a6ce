package dev.adolink.server.ingest;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A parsed envelope (sentry-protocol.md §3): its header and its items, each with its header and raw
 * payload.
 */
record Envelope(JsonNode header, List<Item> items) {

  Envelope {
    items = List.copyOf(items);
  }

  record Item(String type, JsonNode header, byte[] payload) {}
}
