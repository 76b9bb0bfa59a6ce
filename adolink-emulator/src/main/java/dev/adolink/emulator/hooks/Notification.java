package dev.adolink.emulator.hooks;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One delivery: an event to one subscription, with its request (built when the event happened) and
 * its attempts. Mutable under the delivery engine's lock.
 */
final class Notification {

  /** ADO's {@code NotificationStatus}. */
  enum Status {
    QUEUED("queued"),
    PROCESSING("processing"),
    REQUEST_IN_PROGRESS("requestInProgress"),
    COMPLETED("completed");

    final String wireName;

    Status(String wireName) {
      this.wireName = wireName;
    }
  }

  /** ADO's {@code NotificationResult}. */
  enum Result {
    PENDING("pending"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    FILTERED("filtered");

    final String wireName;

    Result(String wireName) {
      this.wireName = wireName;
    }
  }

  final int id;
  final UUID organizationId;
  final UUID subscriptionId;
  final UUID eventId;
  final String eventType;
  final String url;
  final Map<String, String> headers;

  /** The request body; released once the notification is done and old (memory). */
  byte[] body;

  final Instant createdDate;
  Instant modifiedDate;
  Instant nextAttemptAt;
  Status status = Status.QUEUED;
  Result result = Result.PENDING;
  int attempts;
  int fastRetries;
  Integer lastStatus;
  String errorMessage;
  String responseBody;

  Notification(
      int id,
      UUID organizationId,
      UUID subscriptionId,
      UUID eventId,
      String eventType,
      String url,
      Map<String, String> headers,
      byte[] body,
      Instant createdDate) {
    this.id = id;
    this.organizationId = organizationId;
    this.subscriptionId = subscriptionId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.url = url;
    this.headers = Map.copyOf(headers);
    this.body = body;
    this.createdDate = createdDate;
    this.modifiedDate = createdDate;
    this.nextAttemptAt = createdDate;
  }

  void finish(Result result, Instant at) {
    this.status = Status.COMPLETED;
    this.result = result;
    this.modifiedDate = at;
  }
}
