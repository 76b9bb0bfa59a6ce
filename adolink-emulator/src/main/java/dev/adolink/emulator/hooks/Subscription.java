package dev.adolink.emulator.hooks;

import dev.adolink.emulator.store.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A service hook subscription. Mutable under the organization's lock: REST changes it, and the
 * delivery engine moves its status (probation, disabled) when deliveries fail.
 */
final class Subscription {

  final UUID id;
  final UUID tfsSubscriptionId = UUID.randomUUID();
  final User createdBy;
  final Instant createdDate;
  String publisherId;
  String eventType;
  String resourceVersion;
  String consumerId;
  String consumerActionId;
  Map<String, String> publisherInputs = new LinkedHashMap<>();
  Map<String, String> consumerInputs = new LinkedHashMap<>();
  SubscriptionStatus status = SubscriptionStatus.ENABLED;
  User modifiedBy;
  Instant modifiedDate;
  int probationRetries;
  Instant lastProbationRetryDate;
  private int lastNotificationId;

  Subscription(UUID id, User createdBy, Instant createdDate) {
    this.id = id;
    this.createdBy = createdBy;
    this.createdDate = createdDate;
    this.modifiedBy = createdBy;
    this.modifiedDate = createdDate;
  }

  /** The next notification id of this subscription (1, 2, ...). */
  int nextNotificationId() {
    return ++lastNotificationId;
  }

  /** A web hook: the one consumer the emulator delivers to. */
  boolean isWebHook() {
    return "webHooks".equalsIgnoreCase(consumerId)
        && "httpRequest".equalsIgnoreCase(consumerActionId);
  }

  String input(String name) {
    String value = consumerInputs.get(name);
    return value == null ? "" : value.trim();
  }

  String filter(String name) {
    String value = publisherInputs.get(name);
    return value == null ? "" : value.trim();
  }
}
