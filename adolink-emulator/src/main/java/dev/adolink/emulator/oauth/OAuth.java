package dev.adolink.emulator.oauth;

import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.EmulatorContext;
import dev.adolink.emulator.auth.Credentials;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Store;
import dev.adolink.emulator.store.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The OAuth feature: the legacy ADO and Entra ID endpoints, their control API, and the setup tests
 * use: register apps and service principals, choose who consents, revoke refresh tokens.
 */
public final class OAuth {

  private final Store store;
  private final Credentials credentials;
  private final OAuthRegistry registry = new OAuthRegistry();
  private final List<Area> areas;

  public OAuth(EmulatorContext context) {
    this.store = context.store();
    this.credentials = context.credentials();
    Tokens tokens = new Tokens(context.credentials(), registry, context.clock());
    this.areas =
        List.of(
            new LegacyOAuthArea(registry, tokens),
            new EntraArea(registry, tokens, context.clock()),
            new OAuthControlArea(this));
    store.onReset(registry::clear);
  }

  public List<Area> areas() {
    return areas;
  }

  /**
   * Registers an app. {@code clientId}/{@code secret} null: generated; for Entra, {@code
   * publicClient} leaves it without a secret (PKCE only).
   */
  public OAuthRegistry.App registerApp(
      OAuthRegistry.Kind kind,
      String clientId,
      String secret,
      boolean publicClient,
      List<String> redirectUris,
      String scopes) {
    String id = clientId != null ? clientId : UUID.randomUUID().toString();
    String key = publicClient ? null : secret != null ? secret : Credentials.randomToken("secret.");
    OAuthRegistry.App app =
        new OAuthRegistry.App(
            kind,
            id,
            key,
            List.copyOf(redirectUris),
            scopes == null ? "vso.code vso.work_write vso.graph" : scopes);
    registry.register(app);
    return app;
  }

  /**
   * Registers a service principal (client credentials) and adds it as a member of {@code
   * organizations}.
   */
  public OAuthRegistry.ServicePrincipal registerServicePrincipal(
      String clientId, String secret, String displayName, List<String> organizations) {
    String id = clientId != null ? clientId : UUID.randomUUID().toString();
    User user =
        store
            .directory()
            .user(
                id,
                displayName == null ? "Service principal " + id : displayName,
                User.Kind.SERVICE_PRINCIPAL,
                UUID.randomUUID());
    for (String name : organizations) {
      Organization org =
          store
              .organization(name)
              .orElseThrow(() -> new IllegalArgumentException("no organization " + name));
      org.addMember(user);
    }
    OAuthRegistry.ServicePrincipal principal =
        new OAuthRegistry.ServicePrincipal(
            id, secret != null ? secret : Credentials.randomToken("secret."), user);
    registry.register(principal);
    return principal;
  }

  /**
   * Who approves at the authorize endpoints; {@code null}: consent is denied (error=access_denied).
   */
  public void consentAs(String email) {
    registry.consentAs(
        Optional.ofNullable(email)
            .map(
                e ->
                    store
                        .directory()
                        .byEmail(e)
                        .orElseThrow(() -> new IllegalArgumentException("no user " + e))));
  }

  /** Revokes a refresh token; the next refresh with it fails with invalid_grant. */
  public boolean revokeRefreshToken(String token) {
    return registry.revokeRefreshToken(token);
  }

  /** Revokes every refresh and access token of a user (the user revoked the app). */
  public void revokeAll(String email) {
    User user =
        store
            .directory()
            .byEmail(email)
            .orElseThrow(() -> new IllegalArgumentException("no user " + email));
    registry.revokeRefreshTokensOf(user);
    credentials.revokeAccessTokensOf(user);
  }

  public void accessTokenLifetime(Duration lifetime) {
    registry.accessTokenLifetime(lifetime);
  }

  /** The tenant of every emulated identity. */
  public static UUID tenantId() {
    return User.TENANT;
  }
}
