package dev.adolink.emulator.hooks;

import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.net.URI;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Subscriptions and notifications as ADO writes them. Confidential consumer inputs (passwords,
 * tokens, keys) are masked as {@code ********}.
 */
final class SubscriptionJson {

  /** The confidential input descriptors of ADO's consumers ({@code isConfidential: true}). */
  private static final Set<String> CONFIDENTIAL =
      Set.of(
          "basicAuthPassword",
          "password",
          "apiToken",
          "authToken",
          "userToken",
          "roomToken",
          "flowAPIToken",
          "buildAuthToken",
          "connectionString",
          "accountKey");

  private final Urls urls;

  SubscriptionJson(Urls urls) {
    this.urls = urls;
  }

  String url(Organization org, Subscription s) {
    return urls.org(org) + "_apis/hooks/subscriptions/" + s.id;
  }

  ObjectNode subscription(Organization org, Subscription s) {
    ObjectNode json = Json.object();
    json.put("id", s.id.toString());
    json.put("url", url(org, s));
    json.put("status", s.status.wireName());
    json.put("publisherId", s.publisherId);
    json.put("eventType", s.eventType);
    if (s.resourceVersion == null) {
      json.putNull("resourceVersion");
    } else {
      json.put("resourceVersion", s.resourceVersion);
    }
    json.put("eventDescription", eventDescription(s));
    json.put("consumerId", s.consumerId);
    json.put("consumerActionId", s.consumerActionId);
    json.put("actionDescription", actionDescription(s));
    if (s.status == SubscriptionStatus.ON_PROBATION || s.probationRetries > 0) {
      json.put("probationRetries", s.probationRetries);
    }
    if (s.lastProbationRetryDate != null) {
      json.put("lastProbationRetryDate", Json.date(s.lastProbationRetryDate));
    }
    json.set("createdBy", identity(s.createdBy));
    json.put("createdDate", Json.date(s.createdDate));
    json.set("modifiedBy", identity(s.modifiedBy));
    json.put("modifiedDate", Json.date(s.modifiedDate));
    ObjectNode publisherInputs = json.putObject("publisherInputs");
    s.publisherInputs.forEach(publisherInputs::put);
    publisherInputs.put("hostId", org.id().toString());
    publisherInputs.put("tfsSubscriptionId", s.tfsSubscriptionId.toString());
    ObjectNode consumerInputs = json.putObject("consumerInputs");
    s.consumerInputs.forEach(
        (k, v) ->
            consumerInputs.put(
                k, CONFIDENTIAL.contains(k) && !v.isEmpty() ? Subscriptions.MASK : v));
    json.putObject("_links").set("self", Json.href(url(org, s)));
    return json;
  }

  private static ObjectNode identity(User user) {
    ObjectNode json = Json.object();
    json.put("id", user.id().toString());
    json.put("displayName", user.displayName());
    json.put("uniqueName", user.email());
    return json;
  }

  private static String eventDescription(Subscription s) {
    StringBuilder text = new StringBuilder();
    for (String input :
        new String[] {"areaPath", "workItemType", "changedFields", "repository", "branch"}) {
      String value = s.filter(input);
      if (!value.isEmpty()) {
        text.append(text.length() == 0 ? "" : ", ").append(input).append(' ').append(value);
      }
    }
    return text.length() == 0
        ? "Any " + s.eventType.split("\\.")[0].replace("workitem", "work item")
        : text.toString();
  }

  private static String actionDescription(Subscription s) {
    if (!s.isWebHook()) {
      return "";
    }
    try {
      return "To host " + URI.create(s.input("url")).getHost();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** ADO's {@code Notification}: status, result, and the request and response in details. */
  ObjectNode notification(NotificationView n) {
    ObjectNode json = Json.object();
    json.put("id", n.id());
    json.put("subscriptionId", n.subscriptionId().toString());
    json.put("eventId", n.eventId().toString());
    json.put("status", n.status());
    json.put("result", n.result());
    json.put("createdDate", Json.date(n.createdDate()));
    json.put("modifiedDate", Json.date(n.modifiedDate()));
    ObjectNode details = json.putObject("details");
    details.put("eventType", n.eventType());
    details.put("request", "POST " + n.url() + "\n\n" + n.requestBody());
    if (n.lastStatus() != null) {
      details.put(
          "response",
          "HTTP " + n.lastStatus() + "\n\n" + (n.responseBody() == null ? "" : n.responseBody()));
    }
    if (n.errorMessage() != null) {
      details.put("errorMessage", n.errorMessage());
    }
    details.put("requestAttempts", n.attempts());
    details.put("queuedDate", Json.date(n.createdDate()));
    details.put("completedDate", Json.date(n.modifiedDate()));
    return json;
  }
}
