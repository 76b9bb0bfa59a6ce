package dev.adolink.server.integration;

import dev.adolink.azure.auth.TokenSet;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of one browser install, kept in the user's session between the redirects: the OAuth
 * {@code state}, the PKCE verifier, the tracker organization, and after the callback the tokens and
 * the ADO organizations to choose from. {@code toString()} hides the secrets.
 */
record OAuthSetup(
    long organizationId,
    String organizationSlug,
    String state,
    String verifier,
    @Nullable String accessToken,
    @Nullable String refreshToken,
    @Nullable Instant expiresAt,
    @Nullable String userName,
    List<Account> accounts)
    implements Serializable {

  static final String SESSION_KEY = OAuthSetup.class.getName();

  record Account(String id, String name) implements Serializable {}

  private static final SecureRandom RANDOM = new SecureRandom();

  static OAuthSetup start(long organizationId, String organizationSlug) {
    return new OAuthSetup(
        organizationId, organizationSlug, random(), random(), null, null, null, null, List.of());
  }

  OAuthSetup signedIn(TokenSet tokens, @Nullable String user, List<Account> choices) {
    return new OAuthSetup(
        organizationId,
        organizationSlug,
        state,
        verifier,
        tokens.accessToken(),
        tokens.refreshToken(),
        tokens.expiresAt(),
        user,
        List.copyOf(choices));
  }

  @Nullable TokenSet tokens() {
    return accessToken == null || expiresAt == null
        ? null
        : new TokenSet(accessToken, refreshToken, expiresAt);
  }

  /** The S256 PKCE challenge of the verifier. */
  String challenge() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean stateMatches(@Nullable String returned) {
    return returned != null
        && MessageDigest.isEqual(
            state.getBytes(StandardCharsets.UTF_8), returned.getBytes(StandardCharsets.UTF_8));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "OAuthSetup[organization=" + organizationSlug + ", accounts=" + accounts.size() + "]";
  }
}
