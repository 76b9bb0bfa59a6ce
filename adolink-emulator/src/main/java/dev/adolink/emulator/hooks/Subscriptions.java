package dev.adolink.emulator.hooks;

import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Creating, replacing, deleting and finding subscriptions, with ADO's input checks and the "Edit
 * subscriptions" permission (a member with {@code canManageHooks: false} gets a 403).
 */
final class Subscriptions {

  /** The masked form of confidential consumer inputs, as ADO answers them. */
  static final String MASK = "********";

  private static final Set<String> TFS_EVENTS =
      Set.of(
          "workitem.created",
          "workitem.updated",
          "workitem.commented",
          "workitem.deleted",
          "workitem.restored",
          "git.push",
          "git.pullrequest.created",
          "git.pullrequest.updated",
          "git.pullrequest.merged",
          "ms.vss-code.git-pullrequest-comment-event",
          "build.complete",
          "tfvc.checkin",
          "message.posted");

  /** One {@code Key:value} pair per line, as the webHooks consumer's input descriptor says. */
  private static final Pattern HEADER_LINE = Pattern.compile("^\\S+\\s*:\\s*\\S.*$");

  private final Clock clock;

  Subscriptions(Clock clock) {
    this.clock = clock;
  }

  Subscription create(Organization org, User actor, JsonNode body) {
    return org.write(
        () -> {
          checkPermission(org, actor);
          Subscription subscription = new Subscription(UUID.randomUUID(), actor, clock.instant());
          apply(subscription, body, Map.of());
          HooksState.of(org).subscriptions.put(subscription.id, subscription);
          return subscription;
        });
  }

  /** {@code PUT}: replaces everything but the id; a masked secret keeps the stored one. */
  Subscription replace(Organization org, User actor, UUID id, JsonNode body) {
    return org.write(
        () -> {
          checkPermission(org, actor);
          Subscription subscription = get(org, id);
          apply(subscription, body, subscription.consumerInputs);
          subscription.modifiedBy = actor;
          subscription.modifiedDate = clock.instant();
          return subscription;
        });
  }

  void delete(Organization org, User actor, UUID id) {
    org.write(
        () -> {
          checkPermission(org, actor);
          if (HooksState.of(org).subscriptions.remove(id) == null) {
            throw HookErrors.notFound(id);
          }
        });
  }

  static Subscription get(Organization org, UUID id) {
    Subscription subscription = HooksState.of(org).subscriptions.get(id);
    if (subscription == null) {
      throw HookErrors.notFound(id);
    }
    return subscription;
  }

  /** Sets a status directly (control API), as if ADO or a user had changed it. */
  void setStatus(Organization org, UUID id, SubscriptionStatus status, Integer probationRetries) {
    org.write(
        () -> {
          Subscription subscription = get(org, id);
          subscription.status = status;
          subscription.modifiedDate = clock.instant();
          if (probationRetries != null) {
            subscription.probationRetries = probationRetries;
          } else if (status == SubscriptionStatus.ENABLED) {
            subscription.probationRetries = 0;
          }
        });
  }

  /** Grants or withdraws "Edit subscriptions" for a member. */
  static void permit(Organization org, User user, boolean canManageHooks) {
    org.write(
        () -> {
          if (canManageHooks) {
            HooksState.of(org).cannotManage.remove(user.id());
          } else {
            HooksState.of(org).cannotManage.add(user.id());
          }
        });
  }

  private static void checkPermission(Organization org, User actor) {
    if (HooksState.of(org).cannotManage.contains(actor.id())) {
      throw HookErrors.accessDenied(actor);
    }
  }

  private static void apply(Subscription s, JsonNode body, Map<String, String> oldInputs) {
    String publisherId = Json.text(body, "publisherId", "");
    String eventType = Json.text(body, "eventType", "");
    if (publisherId.isBlank() || eventType.isBlank()) {
      throw HookErrors.invalid(
          "VS1230016: The subscription must specify a publisher and an event type.");
    }
    if (publisherId.equals("tfs") && !TFS_EVENTS.contains(eventType)) {
      throw HookErrors.invalid(
          "VS1230017: The event type '" + eventType + "' is not supported by publisher 'tfs'.");
    }
    String consumerId = Json.text(body, "consumerId", "");
    String actionId = Json.text(body, "consumerActionId", "");
    if (consumerId.isBlank() || actionId.isBlank()) {
      throw HookErrors.invalid(
          "VS1230018: The subscription must specify a consumer and an action.");
    }
    Map<String, String> consumerInputs = strings(Json.field(body, "consumerInputs"));
    consumerInputs.replaceAll(
        (k, v) -> MASK.equals(v) && oldInputs.containsKey(k) ? oldInputs.get(k) : v);
    s.publisherId = publisherId;
    s.eventType = eventType;
    s.resourceVersion = Json.text(body, "resourceVersion", null);
    s.consumerId = consumerId;
    s.consumerActionId = actionId;
    s.publisherInputs = strings(Json.field(body, "publisherInputs"));
    s.consumerInputs = consumerInputs;
    if (s.isWebHook()) {
      checkWebHookInputs(s);
    }
    String status = Json.enumText(body, "status", HookEnums.SUBSCRIPTION_STATUS, null);
    if (status != null) {
      s.status =
          SubscriptionStatus.of(status)
              .orElseThrow(() -> HookErrors.invalid("The status '" + status + "' is not valid."));
      if (s.status == SubscriptionStatus.ENABLED) {
        s.probationRetries = 0;
      }
    }
  }

  private static void checkWebHookInputs(Subscription s) {
    String url = s.input("url");
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (url.isEmpty()
        || uri == null
        || uri.getHost() == null
        || !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw HookErrors.invalid(
          "VS1230011: The value of input 'url' is not a valid absolute URI: '" + url + "'.");
    }
    for (String line : s.input("httpHeaders").split("\\r?\\n|\\f")) {
      if (!line.isBlank() && !HEADER_LINE.matcher(line.trim()).matches()) {
        throw HookErrors.invalid(
            "VS1230012: The value of input 'httpHeaders' must be 'Key:value' pairs, one per line.");
      }
    }
    if (s.input("basicAuthUsername").contains(" ")) {
      throw HookErrors.invalid("VS1230013: The value of input 'basicAuthUsername' is not valid.");
    }
    check(s, "resourceDetailsToSend", List.of("", "all", "minimal", "none"));
    check(s, "messagesToSend", List.of("", "all", "text", "html", "markdown", "none"));
    check(s, "detailedMessagesToSend", List.of("", "all", "text", "html", "markdown", "none"));
  }

  private static void check(Subscription s, String input, List<String> allowed) {
    if (!allowed.contains(s.input(input).toLowerCase(java.util.Locale.ROOT))) {
      throw HookErrors.invalid(
          "VS1230014: The value '" + s.input(input) + "' of input '" + input + "' is not valid.");
    }
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    if (object.isObject()) {
      object
          .properties()
          .forEach(
              e -> values.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asString()));
    }
    return values;
  }
}
