package dev.adolink.emulator.oauth;

import dev.adolink.emulator.auth.Credentials;
import dev.adolink.emulator.store.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/** Issues codes, access tokens (expiring on the emulator clock) and rotating refresh tokens. */
final class Tokens {

  /** An issued token pair; {@code refreshToken} null when none was asked for. */
  record Issued(String accessToken, String refreshToken, long expiresIn, String scope) {}

  private final Credentials credentials;
  private final OAuthRegistry registry;
  private final Clock clock;

  Tokens(Credentials credentials, OAuthRegistry registry, Clock clock) {
    this.credentials = credentials;
    this.registry = registry;
    this.clock = clock;
  }

  String code(
      String clientId,
      User user,
      String redirectUri,
      String scope,
      String challenge,
      String method) {
    String code = Credentials.randomToken("code.");
    registry.putCode(
        code,
        new OAuthRegistry.Code(
            clientId,
            user,
            redirectUri,
            scope,
            challenge,
            method,
            clock.instant().plus(Duration.ofMinutes(10))));
    return code;
  }

  boolean expired(OAuthRegistry.Code code) {
    return !clock.instant().isBefore(code.expiresAt());
  }

  Issued issue(String clientId, User user, String scope, boolean refresh) {
    Duration lifetime = registry.accessTokenLifetime();
    String access = credentials.issueAccessToken(user, clientId, lifetime).token();
    String refreshToken = null;
    if (refresh) {
      refreshToken = Credentials.randomToken("refresh.");
      registry.putRefresh(refreshToken, new OAuthRegistry.Refresh(clientId, user, scope));
    }
    return new Issued(access, refreshToken, lifetime.toSeconds(), scope);
  }

  /** RFC 7636: {@code S256} is base64url(sha256(verifier)); {@code plain} is the verifier. */
  static boolean verifies(String verifier, String challenge, String method) {
    if (challenge == null) {
      return true;
    }
    if (verifier == null) {
      return false;
    }
    if (method == null || method.equalsIgnoreCase("plain")) {
      return MessageDigest.isEqual(
          verifier.getBytes(StandardCharsets.US_ASCII),
          challenge.getBytes(StandardCharsets.US_ASCII));
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      String computed = Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
      return MessageDigest.isEqual(
          computed.getBytes(StandardCharsets.US_ASCII),
          challenge.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean secretMatches(String expected, String given) {
    return expected != null
        && given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
