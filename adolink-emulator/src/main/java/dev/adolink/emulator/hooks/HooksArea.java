package dev.adolink.emulator.hooks;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Ids;
import dev.adolink.emulator.store.Organization;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code _apis/hooks/subscriptions}: create, list (filtered by publisher, event type, consumer and
 * action), get, replace, delete, {@code subscriptionsquery}, and a subscription's notifications.
 */
final class HooksArea implements Area {

  private final Subscriptions subscriptions;
  private final SubscriptionJson json;
  private final Deliveries deliveries;

  HooksArea(Subscriptions subscriptions, SubscriptionJson json, Deliveries deliveries) {
    this.subscriptions = subscriptions;
    this.json = json;
    this.deliveries = deliveries;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    String base = "{org}/_apis/hooks/subscriptions";
    org.post(base, this::create);
    org.get(base, this::list);
    org.get(base + "/{id}", this::get);
    org.put(base + "/{id}", this::replace);
    org.delete(base + "/{id}", this::delete);
    org.get(base + "/{id}/notifications", this::notifications);
    org.get(base + "/{id}/notifications/{notificationId}", this::notification);
    org.post("{org}/_apis/hooks/subscriptionsquery", this::query);
  }

  private Response create(Request request) {
    Organization org = request.organization();
    Subscription s = subscriptions.create(org, request.principal().user(), request.json());
    return Response.ok(org.read(() -> json.subscription(org, s)));
  }

  private Response list(Request request) {
    Organization org = request.organization();
    var q = request.query();
    return Response.list(
        org.read(
            () ->
                HooksState.of(org).subscriptions.values().stream()
                    .filter(s -> matches(q.get("publisherId").orElse(""), s.publisherId))
                    .filter(s -> matches(q.get("eventType").orElse(""), s.eventType))
                    .filter(s -> matches(q.get("consumerId").orElse(""), s.consumerId))
                    .filter(s -> matches(q.get("consumerActionId").orElse(""), s.consumerActionId))
                    .map(s -> json.subscription(org, s))
                    .toList()));
  }

  private static boolean matches(String wanted, String value) {
    return wanted.isBlank() || wanted.equalsIgnoreCase(value);
  }

  private Response get(Request request) {
    Organization org = request.organization();
    UUID id = id(request);
    return Response.ok(org.read(() -> json.subscription(org, Subscriptions.get(org, id))));
  }

  private Response replace(Request request) {
    Organization org = request.organization();
    Subscription s =
        subscriptions.replace(org, request.principal().user(), id(request), request.json());
    return Response.ok(org.read(() -> json.subscription(org, s)));
  }

  private Response delete(Request request) {
    subscriptions.delete(request.organization(), request.principal().user(), id(request));
    return Response.noContent();
  }

  /** {@code subscriptionsquery}: the filters of the list plus {@code publisherInputFilters}. */
  private Response query(Request request) {
    Organization org = request.organization();
    JsonNode body = request.json();
    List<ObjectNode> results =
        org.read(
            () ->
                HooksState.of(org).subscriptions.values().stream()
                    .filter(s -> matches(Json.text(body, "publisherId", ""), s.publisherId))
                    .filter(s -> matches(Json.text(body, "eventType", ""), s.eventType))
                    .filter(s -> matches(Json.text(body, "consumerId", ""), s.consumerId))
                    .filter(
                        s -> matches(Json.text(body, "consumerActionId", ""), s.consumerActionId))
                    .filter(s -> inputFilters(Json.field(body, "publisherInputFilters"), s))
                    .map(s -> json.subscription(org, s))
                    .toList());
    ObjectNode answer = body.isObject() ? (ObjectNode) body.deepCopy() : Json.object();
    answer.set("results", Json.array(results));
    return Response.ok(answer);
  }

  private static boolean inputFilters(JsonNode filters, Subscription s) {
    for (JsonNode filter : filters) {
      for (JsonNode condition : Json.field(filter, "conditions")) {
        String value = s.filter(Json.text(condition, "inputId", ""));
        boolean equal = value.equalsIgnoreCase(Json.text(condition, "inputValue", ""));
        boolean notEquals =
            Json.enumText(condition, "operator", HookEnums.INPUT_FILTER_OPERATOR, "equals")
                .equals("notEquals");
        if (equal == notEquals) {
          return false;
        }
      }
    }
    return true;
  }

  private Response notifications(Request request) {
    Organization org = request.organization();
    UUID id = id(request);
    org.read(() -> Subscriptions.get(org, id));
    int max = request.query().integer("maxResults").orElse(100);
    String status = request.query().enumeration(HookEnums.NOTIFICATION_STATUS, "status").orElse("");
    String result = request.query().enumeration(HookEnums.NOTIFICATION_RESULT, "result").orElse("");
    return Response.list(
        deliveries.notifications(id).stream()
            .filter(n -> matches(status, n.status()))
            .filter(n -> matches(result, n.result()))
            .limit(Math.max(0, max))
            .map(json::notification)
            .toList());
  }

  private Response notification(Request request) {
    Organization org = request.organization();
    UUID id = id(request);
    org.read(() -> Subscriptions.get(org, id));
    String wanted = request.param("notificationId");
    return Response.ok(
        deliveries.notifications(id).stream()
            .filter(n -> String.valueOf(n.id()).equals(wanted))
            .findFirst()
            .map(json::notification)
            .orElseThrow(() -> HookErrors.notFound(wanted)));
  }

  private static UUID id(Request request) {
    String text = request.param("id");
    return Ids.parse(text).orElseThrow(() -> HookErrors.notFound(text));
  }
}
