package dev.adolink.emulator.hooks;

import dev.adolink.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request of a web hook delivery: ADO's envelope ({@code subscriptionId}, {@code
 * notificationId}, {@code id}, {@code eventType}, {@code publisherId}, {@code message}, {@code
 * detailedMessage}, {@code resource}, {@code resourceVersion}, {@code resourceContainers}, {@code
 * createdDate}) shaped by the subscription's {@code resourceDetailsToSend}, {@code messagesToSend}
 * and {@code detailedMessagesToSend}, plus its {@code httpHeaders} and basic auth.
 */
final class Envelope {

  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /** The keys a "minimal" resource keeps. */
  private static final Set<String> MINIMAL =
      Set.of("id", "workItemId", "rev", "url", "pushId", "date");

  private Envelope() {}

  static ObjectNode body(Subscription s, int notificationId, HookEvent event, String orgBaseUrl) {
    ObjectNode json = Json.object();
    json.put("subscriptionId", s.id.toString());
    json.put("notificationId", notificationId);
    json.put("id", event.eventId().toString());
    json.put("eventType", event.eventType());
    json.put("publisherId", s.publisherId == null ? "tfs" : s.publisherId);
    json.set("message", message(event.message(), s.input("messagesToSend")));
    json.set(
        "detailedMessage", message(event.detailedMessage(), s.input("detailedMessagesToSend")));
    json.set("resource", resource(event.resource(), s.input("resourceDetailsToSend")));
    json.put(
        "resourceVersion",
        s.resourceVersion == null || s.resourceVersion.isBlank() ? "1.0" : s.resourceVersion);
    ObjectNode containers = json.putObject("resourceContainers");
    for (String container : new String[] {"collection", "account"}) {
      containers
          .putObject(container)
          .put("id", event.organizationId().toString())
          .put("baseUrl", orgBaseUrl);
    }
    if (event.projectId() != null) {
      containers
          .putObject("project")
          .put("id", event.projectId().toString())
          .put("baseUrl", orgBaseUrl);
    }
    json.put("createdDate", Json.date(event.createdAt()));
    return json;
  }

  private static ObjectNode message(ObjectNode all, String wanted) {
    String mode = wanted.toLowerCase(Locale.ROOT);
    if (mode.isEmpty() || mode.equals("all")) {
      return all;
    }
    if (mode.equals("none")) {
      return null;
    }
    ObjectNode one = Json.object();
    one.set(mode, all.get(mode));
    return one;
  }

  private static ObjectNode resource(ObjectNode resource, String wanted) {
    String mode = wanted.toLowerCase(Locale.ROOT);
    if (mode.equals("none")) {
      return null;
    }
    if (mode.equals("minimal")) {
      ObjectNode minimal = Json.object();
      resource.properties().stream()
          .filter(e -> MINIMAL.contains(e.getKey()))
          .forEach(e -> minimal.set(e.getKey(), e.getValue()));
      return minimal;
    }
    return resource;
  }

  /** Content type, each {@code httpHeaders} line, and {@code Authorization: Basic} if set. */
  static Map<String, String> headers(Subscription s) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    for (String line : s.input("httpHeaders").split("\\r?\\n|\\f")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    String user = s.input("basicAuthUsername");
    String password = s.input("basicAuthPassword");
    if (!user.isEmpty() || !password.isEmpty()) {
      headers.put(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return headers;
  }

  static byte[] bytes(ObjectNode body) {
    return Json.bytes(body);
  }
}
