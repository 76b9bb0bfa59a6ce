package dev.adolink.emulator.hooks;

import java.time.Instant;
import java.util.UUID;

/** A copy of a notification's state, read outside the delivery engine's lock. */
record NotificationView(
    int id,
    UUID subscriptionId,
    UUID eventId,
    String eventType,
    String url,
    String status,
    String result,
    int attempts,
    Integer lastStatus,
    String errorMessage,
    String responseBody,
    String requestBody,
    Instant createdDate,
    Instant modifiedDate) {

  static NotificationView of(Notification n) {
    return new NotificationView(
        n.id,
        n.subscriptionId,
        n.eventId,
        n.eventType,
        n.url,
        n.status.wireName,
        n.result.wireName,
        n.attempts,
        n.lastStatus,
        n.errorMessage,
        n.responseBody,
        n.body == null ? "" : new String(n.body, java.nio.charset.StandardCharsets.UTF_8),
        n.createdDate,
        n.modifiedDate);
  }
}
