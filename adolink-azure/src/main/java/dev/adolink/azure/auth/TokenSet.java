package dev.adolink.azure.auth;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * OAuth tokens as a token endpoint issued them. {@code toString()} hides the tokens.
 *
 * @param refreshToken null for client-credentials tokens
 * @param expiresAt when the access token stops working
 */
public record TokenSet(String accessToken, @Nullable String refreshToken, Instant expiresAt) {

  @Override
  public String toString() {
    return "TokenSet[accessToken=****, refreshToken="
        + (refreshToken == null ? "none" : "****")
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
