package dev.adolink.server.integration;

import dev.adolink.azure.auth.TokenSet;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The secret part of an installation, stored as encrypted JSON: a PAT, a service principal, or
 * OAuth tokens. {@code toString()} reveals none of it.
 */
record StoredCredentials(
    @Nullable String pat,
    @Nullable String tenantId,
    @Nullable String clientId,
    @Nullable String clientSecret,
    @Nullable String accessToken,
    @Nullable String refreshToken,
    @Nullable Instant expiresAt) {

  static StoredCredentials pat(String pat) {
    return new StoredCredentials(pat, null, null, null, null, null, null);
  }

  static StoredCredentials servicePrincipal(String tenantId, String clientId, String secret) {
    return new StoredCredentials(null, tenantId, clientId, secret, null, null, null);
  }

  static StoredCredentials oauth(TokenSet tokens) {
    return new StoredCredentials(
        null, null, null, null, tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt());
  }

  TokenSet tokens() {
    if (accessToken == null || expiresAt == null) {
      throw new IllegalStateException("these credentials hold no OAuth tokens");
    }
    return new TokenSet(accessToken, refreshToken, expiresAt);
  }

  @Override
  public String toString() {
    return "StoredCredentials[****]";
  }
}
