package dev.adolink.server.webhooks;

import dev.adolink.server.integration.Installation;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * An accepted delivery as stored in the inbox.
 *
 * @param id the inbox row
 * @param installation the installation the shared secret identified (its tracker organization is
 *     {@code installation.organizationId()})
 * @param eventType e.g. {@code workitem.updated}
 * @param payload the parsed body; {@code resource} holds the event's resource
 * @param rawBody the body exactly as ADO sent it
 */
public record Delivery(
    long id,
    Installation installation,
    String eventType,
    JsonNode payload,
    String rawBody,
    Instant receivedAt) {

  /** {@code payload.resource}, a missing node when absent. */
  public JsonNode resource() {
    return payload.path("resource");
  }
}
