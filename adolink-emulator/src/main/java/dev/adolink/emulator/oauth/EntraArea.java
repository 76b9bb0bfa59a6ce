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
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Microsoft Entra ID (identity platform v2) on {@code login.microsoftonline.com}: {@code
 * {tenant}/oauth2/v2.0/authorize} (code with optional PKCE) and {@code token} with {@code
 * authorization_code}, {@code refresh_token} (rotating) and {@code client_credentials} (a
 * registered service principal). Errors are Entra's JSON with {@code AADSTS} codes.
 */
public final class EntraArea implements Area {

  private final OAuthRegistry registry;
  private final Tokens tokens;
  private final Clock clock;

  EntraArea(OAuthRegistry registry, Tokens tokens, Clock clock) {
    this.registry = registry;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost login = routes.on(Host.LOGIN);
    login
        .get("{tenant}/oauth2/v2.0/authorize", this::authorize)
        .anonymous()
        .versioning(Route.Versioning.NONE);
    login
        .post("{tenant}/oauth2/v2.0/token", this::token)
        .anonymous()
        .versioning(Route.Versioning.NONE);
  }

  private Response authorize(Request request) {
    QueryString q = request.query();
    Optional<OAuthRegistry.App> app =
        q.get("client_id").flatMap(registry::app).filter(a -> a.kind() == OAuthRegistry.Kind.ENTRA);
    if (app.isEmpty()) {
      return Redirects.errorPage(
          "AADSTS700016: Application with identifier '"
              + q.get("client_id").orElse("")
              + "' was not found in the directory.");
    }
    String redirect = q.get("redirect_uri").orElse("");
    if (redirect.isEmpty() || !app.get().redirects(redirect)) {
      return Redirects.errorPage(
          "AADSTS50011: The redirect URI '"
              + redirect
              + "' specified in the request does not match the redirect URIs configured for the application.");
    }
    String state = q.get("state").orElse(null);
    if (!q.get("response_type").orElse("").equals("code")) {
      return Redirects.back(
          redirect, Redirects.params("error", "unsupported_response_type", "state", state));
    }
    Optional<User> user = registry.consentingUser();
    if (user.isEmpty()) {
      return Redirects.back(
          redirect,
          Redirects.params(
              "error",
              "access_denied",
              "error_description",
              "AADSTS65004: User declined to consent to access the app.",
              "state",
              state));
    }
    String code =
        tokens.code(
            app.get().clientId(),
            user.get(),
            redirect,
            q.get("scope").orElse(""),
            q.get("code_challenge").orElse(null),
            q.get("code_challenge_method").orElse(null));
    return Redirects.back(
        redirect,
        Redirects.params(
            "code", code, "state", state, "session_state", UUID.randomUUID().toString()));
  }

  private Response token(Request request) {
    QueryString form = request.form();
    String grant = form.get("grant_type").orElse("");
    String clientId = form.get("client_id").orElse(null);
    String secret = form.get("client_secret").orElse(null);
    switch (grant) {
      case "authorization_code" -> {
        Optional<OAuthRegistry.App> app = registry.app(clientId);
        if (app.isEmpty()
            || (app.get().secret() != null && !Tokens.secretMatches(app.get().secret(), secret))) {
          return error(401, "invalid_client", 7000215, "Invalid client secret provided.");
        }
        Optional<OAuthRegistry.Code> code = registry.takeCode(form.get("code").orElse(null));
        if (code.isEmpty()
            || tokens.expired(code.get())
            || !code.get().clientId().equals(clientId)) {
          return error(
              400,
              "invalid_grant",
              70008,
              "The provided authorization code or refresh token has expired due to inactivity.");
        }
        if (!code.get().redirectUri().equals(form.get("redirect_uri").orElse(""))) {
          return error(
              400,
              "invalid_grant",
              50148,
              "The redirect_uri does not match the one used in the authorization request.");
        }
        if (!Tokens.verifies(
            form.get("code_verifier").orElse(null),
            code.get().challenge(),
            code.get().challengeMethod())) {
          return error(
              400,
              "invalid_grant",
              501481,
              "The Code_Verifier does not match the code_challenge supplied in the authorization request.");
        }
        String scope = code.get().scope();
        return issued(
            tokens.issue(clientId, code.get().user(), scope, scope.contains("offline_access")));
      }
      case "refresh_token" -> {
        Optional<OAuthRegistry.App> app = registry.app(clientId);
        if (app.isEmpty()
            || (app.get().secret() != null && !Tokens.secretMatches(app.get().secret(), secret))) {
          return error(401, "invalid_client", 7000215, "Invalid client secret provided.");
        }
        Optional<OAuthRegistry.Refresh> refresh =
            registry.takeRefresh(form.get("refresh_token").orElse(null));
        if (refresh.isEmpty() || !refresh.get().clientId().equals(clientId)) {
          return error(
              400,
              "invalid_grant",
              50173,
              "The provided grant has expired due to it being revoked, a fresh auth token is needed.");
        }
        return issued(
            tokens.issue(
                clientId,
                refresh.get().user(),
                form.get("scope").orElse(refresh.get().scope()),
                true));
      }
      case "client_credentials" -> {
        Optional<OAuthRegistry.ServicePrincipal> principal = registry.servicePrincipal(clientId);
        if (principal.isEmpty() || !Tokens.secretMatches(principal.get().secret(), secret)) {
          return error(401, "invalid_client", 7000215, "Invalid client secret provided.");
        }
        return issued(
            tokens.issue(clientId, principal.get().user(), form.get("scope").orElse(""), false));
      }
      default -> {
        return error(
            400,
            "unsupported_grant_type",
            70003,
            "The app requested an unsupported grant type '" + grant + "'.");
      }
    }
  }

  private static Response issued(Tokens.Issued issued) {
    ObjectNode json = Json.object();
    json.put("token_type", "Bearer");
    json.put("scope", issued.scope().replace("offline_access", "").trim());
    json.put("expires_in", issued.expiresIn());
    json.put("ext_expires_in", issued.expiresIn());
    json.put("access_token", issued.accessToken());
    if (issued.refreshToken() != null) {
      json.put("refresh_token", issued.refreshToken());
    }
    return Response.ok(json).header("Cache-Control", "no-store");
  }

  private Response error(int status, String error, int code, String description) {
    ObjectNode json = Json.object();
    json.put("error", error);
    json.put("error_description", "AADSTS" + code + ": " + description);
    json.putArray("error_codes").add(code);
    json.put("timestamp", Json.date(clock.instant()));
    json.put("trace_id", UUID.randomUUID().toString());
    json.put("correlation_id", UUID.randomUUID().toString());
    return Response.json(status, json);
  }
}
