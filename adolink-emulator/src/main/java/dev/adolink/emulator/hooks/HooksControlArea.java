package dev.adolink.emulator.hooks;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Route;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Ids;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import tools.jackson.databind.JsonNode;

/**
 * Control API for service hooks: {@code PUT /_emulator/organizations/{org}/subscriptions/{id}
 * {status, probationRetries?}} sets a subscription's status as ADO would have; {@code PUT
 * /_emulator/organizations/{org}/users/{email}/permissions {canManageHooks}} grants or withdraws
 * "Edit subscriptions".
 */
final class HooksControlArea implements Area {

  private final Subscriptions subscriptions;
  private final SubscriptionJson json;

  HooksControlArea(Subscriptions subscriptions, SubscriptionJson json) {
    this.subscriptions = subscriptions;
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost control = routes.on(Host.CONTROL);
    open(control.put("organizations/{org}/subscriptions/{id}", this::status));
    open(control.put("organizations/{org}/users/{user}/permissions", this::permissions));
  }

  private static void open(Route route) {
    route.anonymous().versioning(Route.Versioning.NONE);
  }

  private Response status(Request request) {
    Organization org = request.organization();
    JsonNode body = request.json();
    String text = Json.text(body, "status", "");
    SubscriptionStatus status =
        SubscriptionStatus.of(text)
            .orElseThrow(() -> AdoException.invalidArgument("unknown status '" + text + "'"));
    var id =
        Ids.parse(request.param("id")).orElseThrow(() -> HookErrors.notFound(request.param("id")));
    Integer retries = body.has("probationRetries") ? body.path("probationRetries").asInt() : null;
    subscriptions.setStatus(org, id, status, retries);
    return Response.ok(org.read(() -> json.subscription(org, Subscriptions.get(org, id))));
  }

  private Response permissions(Request request) {
    Organization org = request.organization();
    String email = request.param("user");
    User user =
        org.members().stream()
            .filter(u -> u.email().equalsIgnoreCase(email))
            .findFirst()
            .orElseThrow(() -> AdoException.invalidArgument("no member " + email));
    boolean canManage = request.json().path("canManageHooks").asBoolean(true);
    Subscriptions.permit(org, user, canManage);
    return Response.ok(Json.object().put("email", user.email()).put("canManageHooks", canManage));
  }
}
