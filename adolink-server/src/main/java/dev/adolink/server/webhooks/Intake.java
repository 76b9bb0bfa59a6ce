package dev.adolink.server.webhooks;

import dev.adolink.server.integration.WebhookSecrets;
import dev.adolink.server.integration.WebhookSecrets.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives a service hook delivery, in the order of {@code sentry-vsts-behavior.md} §3.2: a
 * readable payload naming its event type and ADO organization (else 400), an installation of that
 * organization (else 400 "Integration does not exist."), a {@code shared-secret} that one of its
 * installations issued (else 401; the secret names the installation). Then the delivery is stored
 * as received and its installation's drain queued ({@link DeliveryDrain}; in groups, {@link
 * IntakeWriter}), or as ignored when no handler wants its event type, and answered 200. A
 * re-delivery (same installation and delivery key) is answered 200 and stored once. No ADO call is
 * made here. Rejections are stored with their reason and the start of their body; bodies over the
 * size limit are never read (see {@link OversizedDeliveries}).
 */
@Service
class Intake {

  static final String NO_INSTALLATION = "Integration does not exist.";
  private static final int REJECTED_BODY_CHARS = 4096;

  enum Result {
    ACCEPTED,
    DUPLICATE,
    IGNORED,
    INVALID,
    NO_INSTALLATION,
    UNAUTHORIZED
  }

  record Answer(Result result, String detail) {}

  private final WebhookSecrets secrets;
  private final DeliveryHandlers handlers;
  private final Inbox inbox;
  private final IntakeWriter writer;
  private final JsonMapper json;
  private final DeliveryMetrics metrics;
  private final Clock clock;

  Intake(
      WebhookSecrets secrets,
      DeliveryHandlers handlers,
      Inbox inbox,
      IntakeWriter writer,
      JsonMapper json,
      DeliveryMetrics metrics,
      Clock clock) {
    this.secrets = secrets;
    this.handlers = handlers;
    this.inbox = inbox;
    this.writer = writer;
    this.json = json;
    this.metrics = metrics;
    this.clock = clock;
  }

  Answer receive(byte @Nullable [] bytes, @Nullable String sharedSecret) {
    String body = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    JsonNode payload = parse(body);
    String eventType = text(payload.path("eventType"));
    String collection = text(payload.path("resourceContainers").path("collection").path("id"));
    if (eventType == null || collection == null) {
      String reason =
          payload.isObject()
              ? "the payload lacks eventType or resourceContainers.collection.id"
              : "the body is not a JSON object";
      return reject(null, eventType, Result.INVALID, 400, reason, body);
    }
    Verdict verdict = secrets.verify(collection, sharedSecret);
    switch (verdict.outcome()) {
      case NO_INSTALLATION -> {
        return reject(collection, eventType, Result.NO_INSTALLATION, 400, NO_INSTALLATION, body);
      }
      case MISSING_SECRET -> {
        return reject(
            collection, eventType, Result.UNAUTHORIZED, 401, "no shared-secret header", body);
      }
      case WRONG_SECRET -> {
        return reject(
            collection,
            eventType,
            Result.UNAUTHORIZED,
            401,
            "the shared-secret matches no installation",
            body);
      }
      case ACCEPTED -> {
        Optional<String> malformed = malformed(eventType, payload);
        if (malformed.isPresent()) {
          return reject(
              verdict.installationId(),
              collection,
              eventType,
              Result.INVALID,
              400,
              "malformed payload: " + malformed.get(),
              body);
        }
        return store(
            verdict.installationId(), collection, eventType, deliveryKey(payload, body), body);
      }
    }
    throw new IllegalStateException("unknown verdict " + verdict);
  }

  private Answer store(
      long installationId, String collection, String eventType, String key, String body) {
    Answer answer = storeOnce(installationId, collection, eventType, key, body);
    metrics.delivery(eventType, answer.result());
    return answer;
  }

  private Answer storeOnce(
      long installationId, String collection, String eventType, String key, String body) {
    if (!handlers.handles(eventType)) {
      Optional<Long> id =
          inbox.store(
              installationId,
              collection,
              key,
              eventType,
              Inbox.Status.IGNORED,
              "no handler for " + eventType,
              body,
              clock.instant());
      return new Answer(
          id.isPresent() ? Result.IGNORED : Result.DUPLICATE, "event type not handled");
    }
    boolean stored =
        writer.store(
            new Inbox.Received(installationId, collection, key, eventType, body, clock.instant()));
    return stored
        ? new Answer(Result.ACCEPTED, "accepted")
        : new Answer(Result.DUPLICATE, "already received");
  }

  private Answer reject(
      @Nullable String collection,
      @Nullable String eventType,
      Result result,
      int status,
      String reason,
      String body) {
    return reject(null, collection, eventType, result, status, reason, body);
  }

  /** Stores the rejection (for the installation when the secret named one) and answers it. */
  private Answer reject(
      @Nullable Long installationId,
      @Nullable String collection,
      @Nullable String eventType,
      Result result,
      int status,
      String reason,
      String body) {
    String kept =
        body.length() > REJECTED_BODY_CHARS ? body.substring(0, REJECTED_BODY_CHARS) : body;
    inbox.reject(
        installationId, collection, truncate(eventType), status, reason, kept, clock.instant());
    metrics.delivery(eventType, result);
    return new Answer(result, reason);
  }

  /**
   * Numbers no ADO payload has (whole numbers beyond 64 bits), then what the event type's handlers
   * cannot read.
   */
  private Optional<String> malformed(String eventType, JsonNode payload) {
    Optional<String> number = outOfRange(payload, "");
    if (number.isPresent()) {
      return number;
    }
    return handlers.of(eventType).stream()
        .map(handler -> handler.malformed(payload))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> outOfRange(JsonNode node, String path) {
    if (node.isIntegralNumber() && !node.canConvertToLong()) {
      return Optional.of((path.isEmpty() ? "a number" : path) + " is out of range");
    }
    if (node.isFloatingPointNumber() && !Double.isFinite(node.asDouble())) {
      return Optional.of((path.isEmpty() ? "a number" : path) + " is out of range");
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        String at = path.isEmpty() ? child.getKey() : path + "." + child.getKey();
        Optional<String> found = outOfRange(child.getValue(), at);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    for (int index = 0; node.isArray() && index < node.size(); index++) {
      Optional<String> found = outOfRange(node.get(index), path + "[" + index + "]");
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      return json.missingNode();
    }
  }

  /**
   * ADO re-sends a notification with the same {@code notificationId}; {@code (subscriptionId,
   * notificationId)} names one delivery. Without them the event id, else the body's digest.
   */
  static String deliveryKey(JsonNode payload, String body) {
    String subscription = text(payload.path("subscriptionId"));
    String notification = payload.path("notificationId").asString(null);
    if (subscription != null && notification != null && !notification.isBlank()) {
      return "n:" + subscription + ":" + notification;
    }
    String event = text(payload.path("id"));
    return event != null ? "e:" + event : "b:" + sha256(body);
  }

  private static @Nullable String text(JsonNode node) {
    if (!node.isString() && !node.isNumber()) {
      return null;
    }
    String value = node.asString().trim();
    return value.isEmpty() || value.length() > 100 ? null : value;
  }

  private static @Nullable String truncate(@Nullable String value) {
    return value == null || value.length() <= 100 ? value : value.substring(0, 100);
  }

  private static String sha256(String body) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
