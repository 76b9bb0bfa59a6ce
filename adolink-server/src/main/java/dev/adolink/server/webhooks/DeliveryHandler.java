package dev.adolink.server.webhooks;

import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Handles accepted service hook deliveries of the event types it declares. Implement it as a Spring
 * bean in your feature; the intake's processing job calls every handler declaring the delivery's
 * event type, outside the request and after the delivery is stored. A delivery of an event type no
 * handler declares is answered 200 and stored as ignored.
 *
 * <p>Handlers must be idempotent: a job runs again after a failure of any handler of the same
 * delivery, or after a crash. Throw to have the delivery retried with backoff ({@code
 * InstallationPausedException}: retried later without using an attempt); return normally when the
 * delivery needs nothing (unknown work item, flag off).
 */
public interface DeliveryHandler {

  /** ADO event types, e.g. {@code workitem.updated}, {@code git.push}. */
  Set<String> eventTypes();

  void handle(Delivery delivery) throws Exception;

  /**
   * Why a delivery of one of {@link #eventTypes()} cannot be processed, checked at the intake
   * before it is stored (empty: it can). A malformed delivery is answered 400 and kept as rejected,
   * instead of failing its job again and again. Read leniently: only what {@link #handle} could not
   * read is malformed.
   */
  default Optional<String> malformed(JsonNode payload) {
    return Optional.empty();
  }
}
