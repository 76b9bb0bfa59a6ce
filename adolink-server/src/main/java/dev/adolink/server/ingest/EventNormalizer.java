package dev.adolink.server.ingest;

import dev.adolink.server.tracker.Level;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an event as an SDK sent it into one form (sentry-protocol.md §4): timestamps as RFC 3339 or
 * Unix seconds, tags as an object or pairs, {@code message} or {@code logentry}, exceptions and
 * breadcrumbs as a list or {@code {values}}. A field of the wrong type is dropped with a note in
 * {@code errors} ({@code invalid_data}), never a rejection of the event; long strings are cut with
 * a {@code value_too_long} note.
 */
final class EventNormalizer {

  private static final Duration MAX_FUTURE = Duration.ofSeconds(60);
  private static final Duration MAX_PAST = Duration.ofDays(30);
  private static final int MAX_MESSAGE = 8192;
  private static final int MAX_TAG = 200;
  private static final int MAX_FRAMES = 250;

  private final JsonMapper json;

  EventNormalizer(JsonMapper json) {
    this.json = json;
  }

  SentryEvent normalize(
      JsonNode raw, String eventId, Instant receivedAt, @Nullable String clientIp) {
    Notes notes = new Notes(json);
    ObjectNode data = json.createObjectNode();
    data.put("event_id", eventId);

    Instant timestamp = timestamp(raw.get("timestamp"), receivedAt, notes);
    data.put("timestamp", timestamp.toString());
    data.put("received", receivedAt.toString());

    Level level = level(raw.get("level"), notes);
    data.put("level", level.wire());
    String platform = string(raw, "platform", 64, notes);
    platform = platform == null ? "other" : platform.toLowerCase(Locale.ROOT);
    data.put("platform", platform);

    String release = string(raw, "release", 250, notes);
    String dist = string(raw, "dist", 64, notes);
    String environment = string(raw, "environment", 64, notes);
    String serverName = string(raw, "server_name", MAX_TAG, notes);
    String transaction = string(raw, "transaction", MAX_TAG, notes);
    String logger = string(raw, "logger", 64, notes);
    putIfPresent(data, "release", release);
    putIfPresent(data, "dist", dist);
    putIfPresent(data, "environment", environment);
    putIfPresent(data, "server_name", serverName);
    putIfPresent(data, "transaction", transaction);
    putIfPresent(data, "logger", logger);

    // message and logentry
    String template = null;
    String formatted = null;
    JsonNode logentry = raw.get("logentry");
    if (logentry == null) {
      logentry = raw.get("sentry.interfaces.Message");
    }
    if (logentry != null && logentry.isObject()) {
      template = cut(text(logentry.get("message")), MAX_MESSAGE);
      formatted = cut(text(logentry.get("formatted")), MAX_MESSAGE);
      JsonNode params = logentry.get("params");
      if (formatted == null && template != null) {
        formatted = format(template, params);
      }
      ObjectNode entry = data.putObject("logentry");
      putIfPresent(entry, "message", template);
      putIfPresent(entry, "formatted", formatted);
      if (params != null && (params.isArray() || params.isObject())) {
        entry.set("params", params);
      }
    } else if (logentry != null && !logentry.isNull()) {
      notes.invalid("logentry", logentry);
    }
    JsonNode message = raw.get("message");
    if (message != null && message.isString() && formatted == null) {
      formatted = cut(message.asString(), MAX_MESSAGE);
      data.putObject("logentry").put("formatted", formatted);
    } else if (message != null && message.isObject() && formatted == null) {
      formatted = cut(text(message.get("formatted")), MAX_MESSAGE);
      template = cut(text(message.get("message")), MAX_MESSAGE);
      if (formatted == null) {
        formatted = template;
      }
      ObjectNode entry = data.putObject("logentry");
      putIfPresent(entry, "message", template);
      putIfPresent(entry, "formatted", formatted);
    } else if (message != null && !message.isNull() && !message.isString() && !message.isObject()) {
      notes.invalid("message", message);
    }
    if (formatted != null) {
      data.put("message", formatted);
    }

    // exceptions, oldest first
    List<SentryEvent.ExceptionValue> exceptions = new ArrayList<>();
    ArrayNode exceptionValues = json.createArrayNode();
    for (JsonNode value : values(raw.get("exception"), "exception", notes)) {
      if (!value.isObject()) {
        notes.invalid("exception.values", value);
        continue;
      }
      String type = cut(text(value.get("type")), 256);
      String val = cut(text(value.get("value")), MAX_MESSAGE);
      if (type == null && val == null) {
        notes.add("invalid_data", "exception.values", "an exception needs a type or a value");
        continue;
      }
      String module = cut(text(value.get("module")), 256);
      JsonNode mechanism = value.get("mechanism");
      boolean synthetic =
          mechanism != null && mechanism.isObject() && mechanism.path("synthetic").asBoolean(false);
      List<SentryEvent.Frame> frames =
          frames(value.get("stacktrace"), platform, "exception.stacktrace", notes);
      exceptions.add(new SentryEvent.ExceptionValue(type, val, module, synthetic, frames));
      ObjectNode out = exceptionValues.addObject();
      putIfPresent(out, "type", type);
      putIfPresent(out, "value", val);
      putIfPresent(out, "module", module);
      if (mechanism != null && mechanism.isObject()) {
        out.set("mechanism", mechanism);
      }
      if (!frames.isEmpty()) {
        out.putObject("stacktrace").set("frames", framesJson(frames, value.get("stacktrace")));
      }
    }
    if (!exceptionValues.isEmpty()) {
      data.putObject("exception").set("values", exceptionValues);
    }

    // threads
    List<SentryEvent.ThreadValue> threads = new ArrayList<>();
    ArrayNode threadValues = json.createArrayNode();
    for (JsonNode thread : values(raw.get("threads"), "threads", notes)) {
      if (!thread.isObject()) {
        continue;
      }
      List<SentryEvent.Frame> frames =
          frames(thread.get("stacktrace"), platform, "threads.stacktrace", notes);
      boolean crashed = thread.path("crashed").asBoolean(false);
      boolean current = thread.path("current").asBoolean(false);
      threads.add(new SentryEvent.ThreadValue(crashed, current, frames));
      ObjectNode out = threadValues.addObject();
      if (thread.has("id")) {
        out.set("id", thread.get("id"));
      }
      putIfPresent(out, "name", cut(text(thread.get("name")), 256));
      out.put("crashed", crashed).put("current", current);
      if (!frames.isEmpty()) {
        out.putObject("stacktrace").set("frames", framesJson(frames, thread.get("stacktrace")));
      }
    }
    if (!threadValues.isEmpty()) {
      data.putObject("threads").set("values", threadValues);
    }

    List<SentryEvent.Frame> stacktrace =
        frames(raw.get("stacktrace"), platform, "stacktrace", notes);
    if (!stacktrace.isEmpty()) {
      data.putObject("stacktrace").set("frames", framesJson(stacktrace, raw.get("stacktrace")));
    }

    // tags: object or [key, value] pairs; plus the tags Sentry derives from fields
    Map<String, String> tags = new LinkedHashMap<>();
    JsonNode rawTags = raw.get("tags");
    if (rawTags != null && rawTags.isObject()) {
      for (Map.Entry<String, JsonNode> entry : rawTags.properties()) {
        tag(tags, entry.getKey(), entry.getValue(), notes);
      }
    } else if (rawTags != null && rawTags.isArray()) {
      for (JsonNode pair : rawTags) {
        if (pair.isArray() && pair.size() == 2 && pair.get(0).isString()) {
          tag(tags, pair.get(0).asString(), pair.get(1), notes);
        } else {
          notes.invalid("tags", pair);
        }
      }
    } else if (rawTags != null && !rawTags.isNull()) {
      notes.invalid("tags", rawTags);
    }
    putTag(tags, "level", level.wire());
    putTag(tags, "environment", environment);
    putTag(tags, "release", release);
    putTag(tags, "server_name", serverName);
    putTag(tags, "transaction", transaction);
    putTag(tags, "logger", logger);

    // user
    String userKey = null;
    JsonNode user = raw.get("user");
    if (user != null && user.isObject()) {
      ObjectNode out = data.putObject("user");
      for (String field : List.of("id", "email", "username", "ip_address", "name")) {
        JsonNode value = user.get(field);
        if (value != null && (value.isString() || value.isNumber())) {
          String text = cut(value.asString(), 128);
          if (field.equals("ip_address") && "{{auto}}".equals(text)) {
            text = clientIp;
          }
          putIfPresent(out, field, text);
        }
      }
      for (String field : List.of("geo", "data")) {
        if (user.get(field) != null && user.get(field).isObject()) {
          out.set(field, user.get(field));
        }
      }
      userKey = userKey(out);
      if (userKey != null) {
        putTag(tags, "user", userKey);
      }
    } else if (user != null && !user.isNull()) {
      notes.invalid("user", user);
    }
    ArrayNode tagPairs = data.putArray("tags");
    tags.forEach((key, value) -> tagPairs.addArray().add(key).add(value));

    // request
    String requestUrl = null;
    JsonNode request = raw.get("request");
    if (request != null && request.isObject()) {
      ObjectNode out = data.putObject("request");
      requestUrl = cut(text(request.get("url")), 2048);
      putIfPresent(out, "url", requestUrl);
      putIfPresent(out, "method", cut(text(request.get("method")), 16));
      JsonNode query = request.get("query_string");
      if (query != null && !query.isNull()) {
        out.set("query_string", query);
      }
      for (String field : List.of("headers", "cookies", "data", "env")) {
        JsonNode value = request.get(field);
        if (value != null && !value.isNull()) {
          out.set(field, Scrubber.scrub(pairsToObject(value)));
        }
      }
    } else if (request != null && !request.isNull()) {
      notes.invalid("request", request);
    }

    // breadcrumbs: list or {values}, newest last, at most 100
    ArrayNode crumbs = json.createArrayNode();
    for (JsonNode crumb : values(raw.get("breadcrumbs"), "breadcrumbs", notes)) {
      if (crumb.isObject()) {
        ObjectNode out = crumbs.addObject();
        JsonNode at = crumb.get("timestamp");
        if (at != null) {
          Instant when = parseTime(at);
          if (when != null) {
            out.put("timestamp", when.toString());
          }
        }
        for (String field : List.of("type", "category", "level", "message")) {
          putIfPresent(out, field, cut(text(crumb.get(field)), MAX_MESSAGE));
        }
        if (crumb.get("data") != null && crumb.get("data").isObject()) {
          out.set("data", Scrubber.scrub(crumb.get("data")));
        }
      }
    }
    while (crumbs.size() > 100) {
      crumbs.remove(0);
    }
    if (!crumbs.isEmpty()) {
      data.putObject("breadcrumbs").set("values", crumbs);
    }

    for (String field : List.of("contexts", "extra", "sdk", "modules")) {
      JsonNode value = raw.get(field);
      if (value != null && value.isObject()) {
        // sdk and modules name packages (oauthlib, tokenizers), not secrets
        boolean freeForm = field.equals("contexts") || field.equals("extra");
        data.set(field, freeForm ? Scrubber.scrub(value) : value);
      } else if (value != null && !value.isNull()) {
        notes.invalid(field, value);
      }
    }

    // fingerprint
    List<String> fingerprint = null;
    JsonNode rawFingerprint = raw.get("fingerprint");
    if (rawFingerprint != null && rawFingerprint.isArray() && !rawFingerprint.isEmpty()) {
      fingerprint = new ArrayList<>();
      ArrayNode out = data.putArray("fingerprint");
      for (JsonNode part : rawFingerprint) {
        if (part.isString() || part.isNumber() || part.isBoolean()) {
          fingerprint.add(part.asString());
          out.add(part.asString());
        }
      }
      if (fingerprint.isEmpty()) {
        fingerprint = null;
      }
    } else if (rawFingerprint != null && !rawFingerprint.isNull() && !rawFingerprint.isArray()) {
      notes.invalid("fingerprint", rawFingerprint);
    }

    if (!notes.errors().isEmpty()) {
      data.set("errors", notes.errors());
    }
    return new SentryEvent(
        eventId,
        timestamp,
        level,
        platform,
        release,
        environment,
        transaction,
        logger,
        formatted,
        template,
        exceptions,
        threads,
        stacktrace,
        tags,
        userKey,
        fingerprint,
        requestUrl,
        data);
  }

  private static @Nullable String userKey(ObjectNode user) {
    for (String field : List.of("id", "username", "email", "ip_address")) {
      String value = text(user.get(field));
      if (value != null) {
        String prefix = field.equals("ip_address") ? "ip" : field;
        return cut(prefix + ":" + value, MAX_TAG);
      }
    }
    return null;
  }

  private List<SentryEvent.Frame> frames(
      @Nullable JsonNode stacktrace, String platform, String path, Notes notes) {
    if (stacktrace == null || stacktrace.isNull()) {
      return List.of();
    }
    JsonNode frames = stacktrace.get("frames");
    if (!stacktrace.isObject() || frames == null || !frames.isArray()) {
      notes.invalid(path, stacktrace);
      return List.of();
    }
    List<SentryEvent.Frame> out = new ArrayList<>();
    for (JsonNode frame : frames) {
      if (!frame.isObject()) {
        notes.invalid(path + ".frames", frame);
        continue;
      }
      String framePlatform = text(frame.get("platform"));
      out.add(
          new SentryEvent.Frame(
              cut(text(frame.get("filename")), 1000),
              cut(text(frame.get("abs_path")), 2000),
              cut(text(frame.get("module")), 1000),
              cut(text(frame.get("function")), 1000),
              cut(text(frame.get("raw_function")), 1000),
              integer(frame.get("lineno")),
              integer(frame.get("colno")),
              cut(text(frame.get("context_line")), 1000),
              cut(text(frame.get("package")), 1000),
              framePlatform == null ? platform : framePlatform.toLowerCase(Locale.ROOT),
              frame.path("in_app").asBoolean(false)));
    }
    // keep the newest frames (the crash site is last) when there are too many
    return out.size() <= MAX_FRAMES ? out : out.subList(out.size() - MAX_FRAMES, out.size());
  }

  /** The frames as stored: the fields above plus the context lines and vars as sent. */
  private ArrayNode framesJson(List<SentryEvent.Frame> frames, @Nullable JsonNode stacktrace) {
    ArrayNode out = json.createArrayNode();
    JsonNode rawFrames = stacktrace == null ? null : stacktrace.get("frames");
    int offset = rawFrames == null ? 0 : Math.max(0, rawFrames.size() - frames.size());
    int index = 0;
    for (SentryEvent.Frame frame : frames) {
      ObjectNode node = out.addObject();
      putIfPresent(node, "filename", frame.filename());
      putIfPresent(node, "abs_path", frame.absPath());
      putIfPresent(node, "module", frame.module());
      putIfPresent(node, "function", frame.function());
      putIfPresent(node, "raw_function", frame.rawFunction());
      if (frame.lineno() != null) {
        node.put("lineno", frame.lineno());
      }
      if (frame.colno() != null) {
        node.put("colno", frame.colno());
      }
      putIfPresent(node, "context_line", frame.contextLine());
      putIfPresent(node, "package", frame.packageName());
      node.put("in_app", frame.inApp());
      if (rawFrames != null && rawFrames.isArray()) {
        JsonNode raw = rawFrames.get(offset + index);
        if (raw != null && raw.isObject()) {
          for (String field : List.of("pre_context", "post_context")) {
            if (raw.get(field) != null && raw.get(field).isArray()) {
              node.set(field, raw.get(field));
            }
          }
          if (raw.get("vars") != null && raw.get("vars").isObject()) {
            node.set("vars", raw.get("vars"));
          }
        }
      }
      index++;
    }
    return out;
  }

  private List<JsonNode> values(@Nullable JsonNode node, String path, Notes notes) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    JsonNode list = node.isObject() ? node.get("values") : node;
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      notes.invalid(path, node);
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    list.forEach(out::add);
    return out;
  }

  private JsonNode pairsToObject(JsonNode value) {
    if (!value.isArray()) {
      return value;
    }
    ObjectNode out = json.createObjectNode();
    for (JsonNode pair : value) {
      if (pair.isArray() && pair.size() == 2 && pair.get(0).isString()) {
        out.set(pair.get(0).asString(), pair.get(1));
      }
    }
    return out;
  }

  private static void tag(Map<String, String> tags, String key, JsonNode value, Notes notes) {
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.isValueNode() || key.isBlank() || key.length() > MAX_TAG) {
      notes.invalid("tags." + cut(key, 50), value);
      return;
    }
    String text = value.asString();
    if (text.length() > MAX_TAG) {
      notes.add("value_too_long", "tags." + cut(key, 50), "cut to " + MAX_TAG + " characters");
      text = text.substring(0, MAX_TAG);
    }
    tags.put(key.strip(), text);
  }

  private static void putTag(Map<String, String> tags, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      tags.putIfAbsent(key, cut(value, MAX_TAG));
    }
  }

  private static Instant timestamp(@Nullable JsonNode node, Instant received, Notes notes) {
    if (node == null || node.isNull()) {
      return received;
    }
    Instant parsed = parseTime(node);
    if (parsed == null) {
      notes.invalid("timestamp", node);
      return received;
    }
    if (parsed.isAfter(received.plus(MAX_FUTURE))) {
      notes.add("future_timestamp", "timestamp", parsed.toString());
      return received;
    }
    if (parsed.isBefore(received.minus(MAX_PAST))) {
      notes.add("past_timestamp", "timestamp", parsed.toString());
      return received;
    }
    return parsed;
  }

  static @Nullable Instant parseTime(JsonNode node) {
    if (node.isNumber()) {
      BigDecimal seconds = node.decimalValue();
      long whole = seconds.longValue();
      long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
      return Instant.ofEpochSecond(whole, nanos);
    }
    if (!node.isString()) {
      return null;
    }
    String text = node.asString().trim();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        try {
          return Instant.ofEpochMilli((long) (Double.parseDouble(text) * 1000));
        } catch (NumberFormatException notNumber) {
          return null;
        }
      }
    }
  }

  private static Level level(@Nullable JsonNode node, Notes notes) {
    if (node == null || node.isNull()) {
      return Level.ERROR;
    }
    if (node.isIntegralNumber()) {
      int value = node.asInt();
      return value >= 50
          ? Level.FATAL
          : value >= 40
              ? Level.ERROR
              : value >= 30 ? Level.WARNING : value >= 20 ? Level.INFO : Level.DEBUG;
    }
    String text = node.isString() ? node.asString().trim().toLowerCase(Locale.ROOT) : "";
    return switch (text) {
      case "fatal", "critical" -> Level.FATAL;
      case "error" -> Level.ERROR;
      case "warning", "warn" -> Level.WARNING;
      case "info", "log" -> Level.INFO;
      case "debug", "trace" -> Level.DEBUG;
      default -> {
        notes.invalid("level", node);
        yield Level.ERROR;
      }
    };
  }

  /** {@code %s} and {@code {}} placeholders filled from {@code params}, as SDKs format. */
  private static @Nullable String format(String template, @Nullable JsonNode params) {
    if (params == null || !params.isArray() || params.isEmpty()) {
      return template;
    }
    StringBuilder out = new StringBuilder();
    int param = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (i + 1 < template.length()
          && ((c == '%' && template.charAt(i + 1) == 's')
              || (c == '{' && template.charAt(i + 1) == '}'))
          && param < params.size()) {
        out.append(params.get(param++).asString());
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private @Nullable String string(JsonNode raw, String field, int max, Notes notes) {
    JsonNode node = raw.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString() && !node.isNumber()) {
      notes.invalid(field, node);
      return null;
    }
    String text = node.asString().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > max) {
      notes.add("value_too_long", field, "cut to " + max + " characters");
      return text.substring(0, max);
    }
    return text;
  }

  static @Nullable String text(@Nullable JsonNode node) {
    if (node == null || !(node.isString() || node.isNumber() || node.isBoolean())) {
      return null;
    }
    String text = node.asString();
    return text.isBlank() ? null : text;
  }

  private static @Nullable Integer integer(@Nullable JsonNode node) {
    if (node == null || !node.isNumber() || !node.canConvertToInt()) {
      return null;
    }
    return node.asInt();
  }

  static @Nullable String cut(@Nullable String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /** The {@code errors} list of the normalized event: what was dropped or changed, and why. */
  private static final class Notes {
    private final ArrayNode errors;

    Notes(JsonMapper json) {
      this.errors = json.createArrayNode();
    }

    void invalid(String name, JsonNode value) {
      String text = value.toString();
      add("invalid_data", name, text.length() > 100 ? text.substring(0, 97) + "..." : text);
    }

    void add(String type, String name, String value) {
      if (errors.size() < 50) {
        errors.addObject().put("type", type).put("name", name).put("value", value);
      }
    }

    ArrayNode errors() {
      return errors;
    }
  }
}
