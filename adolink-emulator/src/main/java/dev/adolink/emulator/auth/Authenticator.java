package dev.adolink.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Resolves the {@code Authorization} header: {@code Basic base64(anyUser:PAT)} or {@code Bearer
 * <access token>}. Anything else, or an unknown or expired credential, is no principal.
 */
public final class Authenticator {

  private final Credentials credentials;

  public Authenticator(Credentials credentials) {
    this.credentials = credentials;
  }

  public Optional<Principal> authenticate(Optional<String> authorization) {
    if (authorization.isEmpty()) {
      return Optional.empty();
    }
    String header = authorization.get().trim();
    int space = header.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String scheme = header.substring(0, space);
    String value = header.substring(space + 1).trim();
    if (scheme.equalsIgnoreCase("Basic")) {
      return basic(value);
    }
    if (scheme.equalsIgnoreCase("Bearer")) {
      return credentials
          .accessToken(value)
          .map(t -> new Principal(t.user(), Principal.Method.BEARER, Optional.empty()));
    }
    return Optional.empty();
  }

  private Optional<Principal> basic(String value) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String secret = decoded.substring(decoded.indexOf(':') + 1);
    return credentials
        .pat(secret)
        .map(p -> new Principal(p.user(), Principal.Method.PAT, p.organization()));
  }
}
