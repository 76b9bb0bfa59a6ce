package dev.adolink.emulator.oauth;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.control.ControlArea;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /_emulator/oauth/...}: register apps ({@code apps}) and service principals ({@code
 * servicePrincipals}), choose the consenting user ({@code consent}), revoke tokens ({@code
 * revoke}), set the access token lifetime ({@code settings}).
 */
final class OAuthControlArea implements Area {

  private final OAuth oauth;

  OAuthControlArea(OAuth oauth) {
    this.oauth = oauth;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost control = routes.on(Host.CONTROL);
    ControlArea.open(control.post("oauth/apps", ControlArea.guarded(this::app)));
    ControlArea.open(
        control.post("oauth/servicePrincipals", ControlArea.guarded(this::servicePrincipal)));
    ControlArea.open(control.put("oauth/consent", ControlArea.guarded(this::consent)));
    ControlArea.open(control.post("oauth/revoke", ControlArea.guarded(this::revoke)));
    ControlArea.open(control.put("oauth/settings", ControlArea.guarded(this::settings)));
  }

  private Response app(Request request) {
    JsonNode body = request.json();
    OAuthRegistry.Kind kind =
        OAuthRegistry.Kind.valueOf(Json.text(body, "kind", "entra").toUpperCase(Locale.ROOT));
    List<String> redirects = new ArrayList<>();
    body.path("redirectUris").forEach(u -> redirects.add(u.asString()));
    if (body.hasNonNull("redirectUri")) {
      redirects.add(body.path("redirectUri").asString());
    }
    OAuthRegistry.App app =
        oauth.registerApp(
            kind,
            Json.text(body, "clientId", null),
            Json.text(body, "clientSecret", null),
            body.path("public").asBoolean(false),
            redirects,
            Json.text(body, "scopes", null));
    ObjectNode json = Json.object();
    json.put("kind", kind.name().toLowerCase(Locale.ROOT));
    json.put("clientId", app.clientId());
    json.put("clientSecret", app.secret());
    json.set("redirectUris", Json.MAPPER.valueToTree(app.redirectUris()));
    json.put("scopes", app.scopes());
    return Response.json(201, json);
  }

  private Response servicePrincipal(Request request) {
    JsonNode body = request.json();
    List<String> orgs = new ArrayList<>();
    body.path("organizations").forEach(o -> orgs.add(o.asString()));
    OAuthRegistry.ServicePrincipal principal =
        oauth.registerServicePrincipal(
            Json.text(body, "clientId", null),
            Json.text(body, "clientSecret", null),
            Json.text(body, "displayName", null),
            orgs);
    User user = principal.user();
    ObjectNode json = Json.object();
    json.put("clientId", principal.clientId());
    json.put("clientSecret", principal.secret());
    json.put("tenantId", OAuth.tenantId().toString());
    json.put("id", user.id().toString());
    json.put("descriptor", user.descriptor());
    json.put("displayName", user.displayName());
    return Response.json(201, json);
  }

  /** {@code {email}} consents from now on; {@code {email: null}} or {@code {}} denies. */
  private Response consent(Request request) {
    oauth.consentAs(Json.text(request.json(), "email", null));
    return Response.noContent();
  }

  /** {@code {refreshToken}} revokes one refresh token; {@code {email}} every token of that user. */
  private Response revoke(Request request) {
    JsonNode body = request.json();
    if (body.hasNonNull("refreshToken")) {
      if (!oauth.revokeRefreshToken(body.path("refreshToken").asString())) {
        throw new IllegalArgumentException("no such refresh token");
      }
    } else {
      oauth.revokeAll(Json.text(body, "email", null));
    }
    return Response.noContent();
  }

  private Response settings(Request request) {
    oauth.accessTokenLifetime(
        Duration.ofSeconds(request.json().path("accessTokenLifetimeSeconds").asLong(3600)));
    return Response.noContent();
  }
}
