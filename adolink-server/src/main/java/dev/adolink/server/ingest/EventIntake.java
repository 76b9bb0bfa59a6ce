package dev.adolink.server.ingest;

import dev.adolink.server.ingest.IngestMetrics.Outcome;
import dev.adolink.server.jobs.Jobs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives what an SDK posts to {@code /api/{projectId}/envelope/} or {@code /store/}, answering as
 * Relay does (sentry-protocol.md §1–3): 401 without readable credentials, 403 for a key that is
 * unknown, disabled or of another project, 400 for an unreadable envelope or event, 413 over the
 * size limits, 429 over the key's rate limit. An accepted event is stored as received together with
 * its processing job in one transaction before the 200; a re-sent event id is answered 200 and
 * stored once. Items other than events are accepted, counted and dropped.
 */
@Service
class EventIntake {

  private static final Pattern EVENT_ID = Pattern.compile("[0-9a-f]{32}");

  /** What the request asked for, as read from HTTP. */
  record Request(
      String projectId,
      boolean store,
      @Nullable String contentType,
      @Nullable String xSentryAuth,
      @Nullable String authorization,
      Map<String, String> query,
      @Nullable String userAgent,
      @Nullable String clientIp,
      byte[] body) {}

  /** The status, JSON body and extra headers to answer. */
  record Answer(int status, Map<String, Object> body, Map<String, String> headers) {
    static Answer error(int status, String detail) {
      return new Answer(
          status, Map.of("detail", detail, "errors", Map.of()), Map.of("X-Sentry-Error", detail));
    }
  }

  private final ClientKeys keys;
  private final RateLimits rateLimits;
  private final EventInbox inbox;
  private final Jobs jobs;
  private final IngestMetrics metrics;
  private final IngestProperties properties;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final EnvelopeParser parser;
  private final Clock clock;

  EventIntake(
      ClientKeys keys,
      RateLimits rateLimits,
      EventInbox inbox,
      Jobs jobs,
      IngestMetrics metrics,
      IngestProperties properties,
      TransactionTemplate transactions,
      JsonMapper json,
      Clock clock) {
    this.keys = keys;
    this.rateLimits = rateLimits;
    this.inbox = inbox;
    this.jobs = jobs;
    this.metrics = metrics;
    this.properties = properties;
    this.transactions = transactions;
    this.json = json;
    this.parser = new EnvelopeParser(json);
    this.clock = clock;
  }

  Answer receive(Request request) {
    if (!request.projectId().matches("\\d{1,18}")) {
      return Answer.error(400, "The project id in the path must be a number, as in the DSN.");
    }
    long projectId = Long.parseLong(request.projectId());
    Optional<SentryAuth> auth;
    try {
      auth =
          SentryAuth.fromRequest(
              request.xSentryAuth(), request.authorization(), request.query(), request.userAgent());
    } catch (SentryAuth.Malformed e) {
      return Answer.error(401, "Bad authentication: " + e.getMessage() + ".");
    }
    Envelope envelope;
    try {
      envelope = read(request);
    } catch (EnvelopeParser.Invalid e) {
      return Answer.error(400, "The envelope is invalid: " + e.getMessage() + ".");
    }
    if (auth.isEmpty()) {
      String dsn = envelope.header().path("dsn").asString(null);
      if (dsn == null || dsn.isBlank()) {
        return Answer.error(
            401,
            "No credentials: send X-Sentry-Auth: Sentry sentry_key=<public key>, a sentry_key query"
                + " parameter, or the dsn in the envelope header.");
      }
      try {
        auth = Optional.of(SentryAuth.fromDsn(dsn, request.userAgent()));
      } catch (SentryAuth.Malformed e) {
        return Answer.error(401, "Bad authentication: " + e.getMessage() + ".");
      }
    }
    Optional<ClientKey> found = keys.byPublicKey(auth.get().publicKey());
    if (found.isEmpty()) {
      return rejectAll(envelope, 403, "The key is not known: check the DSN.");
    }
    ClientKey key = found.get();
    if (key.projectId() != projectId) {
      return rejectAll(
          envelope,
          403,
          "The key belongs to another project than " + projectId + ": check the DSN.");
    }
    if (!key.active()) {
      return rejectAll(envelope, 403, "The key is disabled.");
    }
    return accept(request, key, envelope);
  }

  private Answer accept(Request request, ClientKey key, Envelope envelope) {
    List<Envelope.Item> events =
        envelope.items().stream().filter(item -> item.type().equals("event")).toList();
    if (events.size() > 1) {
      return rejectAll(
          envelope, 400, "An envelope may hold one event; this one holds " + events.size() + ".");
    }
    if (events.isEmpty()) {
      envelope.items().forEach(item -> metrics.item(item.type(), Outcome.DROPPED));
      return new Answer(200, Map.of(), Map.of());
    }
    Envelope.Item event = events.get(0);
    if (event.payload().length > properties.maxEvent().toBytes()) {
      return rejectAll(
          envelope,
          413,
          "The event is over " + properties.maxEvent().toBytes() + " bytes once decompressed.");
    }
    JsonNode payload;
    try {
      payload = json.readTree(new String(event.payload(), StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      return rejectAll(envelope, 400, "The event is not valid JSON.");
    }
    if (payload == null || !payload.isObject()) {
      return rejectAll(envelope, 400, "The event is not a JSON object.");
    }
    String eventId;
    try {
      eventId = eventId(envelope.header().path("event_id"), payload.path("event_id"));
    } catch (IllegalArgumentException e) {
      return rejectAll(envelope, 400, e.getMessage());
    }
    OptionalLong wait = rateLimits.acquire(key);
    if (wait.isPresent()) {
      envelope.items().forEach(item -> metrics.item(item.type(), Outcome.REJECTED));
      long seconds = wait.getAsLong();
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Retry-After", String.valueOf(seconds));
      headers.put("X-Sentry-Rate-Limits", seconds + "::key:key_quota");
      headers.put("X-Sentry-Error", "The key's rate limit is reached.");
      return new Answer(
          429,
          Map.of(
              "detail",
              "The key's rate limit is reached; retry in " + seconds + " s.",
              "errors",
              Map.of()),
          headers);
    }
    String body = new String(event.payload(), StandardCharsets.UTF_8);
    Optional<Long> stored =
        transactions.execute(
            status -> {
              Optional<Long> id =
                  inbox.store(
                      key.projectId(),
                      key.id(),
                      eventId,
                      body,
                      request.clientIp(),
                      clock.instant());
              id.ifPresent(
                  inboxId ->
                      jobs.enqueueNew(
                          ProcessEventJob.TYPE,
                          ProcessEventJob.key(inboxId),
                          new ProcessEventJob.Payload(inboxId)));
              return id;
            });
    for (Envelope.Item item : envelope.items()) {
      boolean kept = item == event && stored != null && stored.isPresent();
      metrics.item(item.type(), kept ? Outcome.ACCEPTED : Outcome.DROPPED);
    }
    return new Answer(200, Map.of("id", eventId), Map.of());
  }

  private Envelope read(Request request) throws EnvelopeParser.Invalid {
    String type =
        request.contentType() == null ? "" : request.contentType().toLowerCase(Locale.ROOT);
    if (request.store() && !type.startsWith("application/x-sentry-envelope")) {
      byte[] event = storeBody(request.body());
      String header = "{}";
      return new Envelope(
          json.readTree(header),
          List.of(new Envelope.Item("event", json.createObjectNode().put("type", "event"), event)));
    }
    return parser.parse(request.body());
  }

  /** The store endpoint's body: JSON, or (very old SDKs) base64 of zlib-compressed JSON. */
  private static byte[] storeBody(byte[] body) throws EnvelopeParser.Invalid {
    int first = 0;
    while (first < body.length && Character.isWhitespace(body[first])) {
      first++;
    }
    if (first < body.length && body[first] == '{') {
      return body;
    }
    try {
      byte[] decoded =
          java.util.Base64.getMimeDecoder()
              .decode(new String(body, StandardCharsets.US_ASCII).trim());
      java.util.zip.Inflater inflater = new java.util.zip.Inflater();
      inflater.setInput(decoded);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[16384];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && inflater.needsInput()) {
          break;
        }
        out.write(buffer, 0, n);
      }
      inflater.end();
      return out.toByteArray();
    } catch (IllegalArgumentException | java.util.zip.DataFormatException e) {
      throw new EnvelopeParser.Invalid("the store body is neither JSON nor base64 zlib data");
    }
  }

  /**
   * The envelope header's {@code event_id} overrides the event's; either may be dashed; without one
   * an id is generated.
   */
  static String eventId(JsonNode envelope, JsonNode event) {
    JsonNode chosen = envelope.isMissingNode() || envelope.isNull() ? event : envelope;
    if (chosen.isMissingNode() || chosen.isNull()) {
      return UUID.randomUUID().toString().replace("-", "");
    }
    String text =
        chosen.isString() ? chosen.asString().replace("-", "").toLowerCase(Locale.ROOT) : "";
    if (!EVENT_ID.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "The event_id must be 32 hexadecimal characters (a UUID), not "
              + abbreviate(chosen)
              + ".");
    }
    return text;
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  private Answer rejectAll(Envelope envelope, int status, String detail) {
    envelope.items().forEach(item -> metrics.item(item.type(), Outcome.REJECTED));
    return Answer.error(status, detail);
  }
}
