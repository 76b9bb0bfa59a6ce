package dev.adolink.emulator.oauth;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Route;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.QueryString;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.User;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Legacy Azure DevOps OAuth on {@code app.vssps.visualstudio.com}: {@code oauth2/authorize}
 * (redirects back with {@code code} and {@code state} for the consenting user) and {@code
 * oauth2/token} with the jwt-bearer assertion (code exchange and refresh, a new refresh token each
 * time). Form-encoded requests only, as ADO requires.
 */
public final class LegacyOAuthArea implements Area {

  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  private final OAuthRegistry registry;
  private final Tokens tokens;

  LegacyOAuthArea(OAuthRegistry registry, Tokens tokens) {
    this.registry = registry;
    this.tokens = tokens;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost app = routes.on(Host.APP_VSSPS);
    app.get("oauth2/authorize", this::authorize).anonymous().versioning(Route.Versioning.NONE);
    app.post("oauth2/token", this::token).anonymous().versioning(Route.Versioning.NONE);
  }

  private Response authorize(Request request) {
    QueryString q = request.query();
    Optional<OAuthRegistry.App> app =
        q.get("client_id")
            .flatMap(registry::app)
            .filter(a -> a.kind() == OAuthRegistry.Kind.LEGACY);
    String redirect = q.get("redirect_uri").orElse("");
    if (app.isEmpty()) {
      return Redirects.errorPage("The client_id is not a registered application.");
    }
    if (!app.get().redirects(redirect) || redirect.isEmpty()) {
      return Redirects.errorPage("The redirect_uri does not match the registered callback URL.");
    }
    String state = q.get("state").orElse(null);
    Optional<User> user = registry.consentingUser();
    if (user.isEmpty()) {
      return Redirects.back(redirect, Redirects.params("error", "access_denied", "state", state));
    }
    String code =
        tokens.code(
            app.get().clientId(),
            user.get(),
            redirect,
            q.get("scope").orElse(app.get().scopes()),
            null,
            null);
    return Redirects.back(redirect, Redirects.params("code", code, "state", state));
  }

  private Response token(Request request) {
    if (!request
        .header("Content-Type")
        .orElse("")
        .toLowerCase()
        .startsWith("application/x-www-form-urlencoded")) {
      return error(
          400,
          "invalid_request",
          "The request must be form encoded (application/x-www-form-urlencoded).");
    }
    QueryString form = request.form();
    if (!form.get("client_assertion_type").orElse("").equals(ASSERTION_TYPE)) {
      return error(400, "invalid_request", "client_assertion_type must be " + ASSERTION_TYPE);
    }
    String secret = form.get("client_assertion").orElse(null);
    String grant = form.get("grant_type").orElse("");
    String assertion = form.get("assertion").orElse(null);
    if (grant.equals(JWT_BEARER)) {
      Optional<OAuthRegistry.Code> code = registry.takeCode(assertion);
      if (code.isEmpty() || tokens.expired(code.get())) {
        return error(400, "invalid_grant", "The authorization code is invalid or has expired.");
      }
      OAuthRegistry.App app = registry.app(code.get().clientId()).orElseThrow();
      if (!Tokens.secretMatches(app.secret(), secret)) {
        return error(401, "invalid_client", "Invalid client auth token.");
      }
      if (!code.get().redirectUri().equals(form.get("redirect_uri").orElse(""))) {
        return error(
            400,
            "invalid_grant",
            "The redirect_uri does not match the one of the authorization request.");
      }
      return issued(tokens.issue(app.clientId(), code.get().user(), code.get().scope(), true));
    }
    if (grant.equals("refresh_token")) {
      Optional<OAuthRegistry.Refresh> refresh = registry.takeRefresh(assertion);
      if (refresh.isEmpty()) {
        return error(
            400, "invalid_grant", "The refresh token is invalid, revoked or already used.");
      }
      OAuthRegistry.App app = registry.app(refresh.get().clientId()).orElseThrow();
      if (!Tokens.secretMatches(app.secret(), secret)) {
        registry.putRefresh(assertion, refresh.get());
        return error(401, "invalid_client", "Invalid client auth token.");
      }
      return issued(
          tokens.issue(app.clientId(), refresh.get().user(), refresh.get().scope(), true));
    }
    return error(400, "unsupported_grant_type", "The grant_type '" + grant + "' is not supported.");
  }

  /** ADO's legacy token answer: {@code expires_in} is a string there. */
  private static Response issued(Tokens.Issued issued) {
    ObjectNode json = Json.object();
    json.put("access_token", issued.accessToken());
    json.put("token_type", "jwt-bearer");
    json.put("expires_in", Long.toString(issued.expiresIn()));
    json.put("refresh_token", issued.refreshToken());
    json.put("scope", issued.scope());
    return Response.ok(json).header("Cache-Control", "no-store");
  }

  private static Response error(int status, String error, String description) {
    ObjectNode json = Json.object();
    json.put("Error", error);
    json.put("ErrorDescription", description);
    return Response.json(status, json);
  }
}
