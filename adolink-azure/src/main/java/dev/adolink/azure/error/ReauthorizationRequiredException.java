package dev.adolink.azure.error;

import org.jspecify.annotations.Nullable;

/**
 * A token refresh was refused (401, or OAuth error {@code invalid_grant}): the refresh token was
 * revoked or expired, and the user has to authorize again. Distinct from a rejected access token,
 * which a refresh may still fix.
 */
public class ReauthorizationRequiredException extends UnauthorizedException {
  public ReauthorizationRequiredException(
      String url, int status, @Nullable String error, @Nullable String description) {
    super("POST", url, status, error, description);
  }
}
