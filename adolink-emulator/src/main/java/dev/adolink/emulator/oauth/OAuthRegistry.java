package dev.adolink.emulator.oauth;

import dev.adolink.emulator.store.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * OAuth state: registered apps (legacy ADO OAuth and Entra ID), service principals, which user
 * consents at the authorize endpoints, authorization codes and refresh tokens. Thread-safe.
 */
public final class OAuthRegistry {

  /** Which authorization server an app is registered with. */
  public enum Kind {
    LEGACY,
    ENTRA
  }

  /** A registered app; {@code secret} null for a public client (PKCE only). */
  public record App(
      Kind kind, String clientId, String secret, List<String> redirectUris, String scopes) {
    boolean redirects(String uri) {
      return redirectUris.isEmpty() || redirectUris.contains(uri);
    }
  }

  /**
   * An app that acts as itself (client credentials), an identity in the organizations it was added
   * to.
   */
  public record ServicePrincipal(String clientId, String secret, User user) {}

  /** An issued authorization code; single use, valid ten minutes. */
  record Code(
      String clientId,
      User user,
      String redirectUri,
      String scope,
      String challenge,
      String challengeMethod,
      Instant expiresAt) {}

  /** A refresh token; rotated on use. */
  record Refresh(String clientId, User user, String scope) {}

  private final Map<String, App> apps = new ConcurrentHashMap<>();
  private final Map<String, ServicePrincipal> principals = new ConcurrentHashMap<>();
  private final Map<String, Code> codes = new ConcurrentHashMap<>();
  private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();
  private final AtomicReference<Optional<User>> consenting =
      new AtomicReference<>(Optional.empty());
  private volatile Duration accessTokenLifetime = Duration.ofHours(1);

  public void register(App app) {
    apps.put(app.clientId(), app);
  }

  public Optional<App> app(String clientId) {
    return Optional.ofNullable(clientId).map(apps::get);
  }

  public void register(ServicePrincipal principal) {
    principals.put(principal.clientId(), principal);
  }

  public Optional<ServicePrincipal> servicePrincipal(String clientId) {
    return Optional.ofNullable(clientId).map(principals::get);
  }

  /**
   * The user who "consents" when a browser reaches an authorize endpoint; empty: consent is denied.
   */
  public void consentAs(Optional<User> user) {
    consenting.set(user);
  }

  public Optional<User> consentingUser() {
    return consenting.get();
  }

  public Duration accessTokenLifetime() {
    return accessTokenLifetime;
  }

  public void accessTokenLifetime(Duration lifetime) {
    this.accessTokenLifetime = lifetime;
  }

  void putCode(String code, Code value) {
    codes.put(code, value);
  }

  /** Takes a code out (codes are single use). */
  Optional<Code> takeCode(String code) {
    return Optional.ofNullable(code).map(codes::remove);
  }

  void putRefresh(String token, Refresh value) {
    refreshTokens.put(token, value);
  }

  /** Takes a refresh token out (every refresh issues a new one). */
  Optional<Refresh> takeRefresh(String token) {
    return Optional.ofNullable(token).map(refreshTokens::remove);
  }

  /** Revokes one refresh token; a later refresh with it fails with {@code invalid_grant}. */
  public boolean revokeRefreshToken(String token) {
    return refreshTokens.remove(token) != null;
  }

  /** Revokes every refresh token of a user. */
  public void revokeRefreshTokensOf(User user) {
    refreshTokens.values().removeIf(r -> r.user().id().equals(user.id()));
  }

  public void clear() {
    apps.clear();
    principals.clear();
    codes.clear();
    refreshTokens.clear();
    consenting.set(Optional.empty());
    accessTokenLifetime = Duration.ofHours(1);
  }
}
