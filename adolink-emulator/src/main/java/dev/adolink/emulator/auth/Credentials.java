package dev.adolink.emulator.auth;

import dev.adolink.emulator.store.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Personal access tokens and OAuth access tokens. Access tokens expire on the emulator clock.
 * Thread-safe.
 */
public final class Credentials {

  /** A personal access token; {@code organization} empty means all accessible organizations. */
  public record Pat(String token, User user, Optional<UUID> organization) {}

  /** A bearer token issued by one of the OAuth endpoints. */
  public record AccessToken(String token, User user, String clientId, Instant expiresAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] PAT_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final Clock clock;
  private final Map<String, Pat> pats =
      java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
  private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();

  public Credentials(Clock clock) {
    this.clock = clock;
  }

  /** Issues a PAT; {@code fixedValue} lets seed files and tests choose the token. */
  public Pat issuePat(User user, Optional<UUID> organization, Optional<String> fixedValue) {
    String token = fixedValue.orElseGet(Credentials::newPatValue);
    Pat pat = new Pat(token, user, organization);
    pats.put(token, pat);
    return pat;
  }

  public Optional<Pat> pat(String token) {
    return Optional.ofNullable(pats.get(token));
  }

  /** The PATs of the members of {@code org} that are valid for it, in issue order. */
  public java.util.List<Pat> patsOf(dev.adolink.emulator.store.Organization org) {
    java.util.List<Pat> all;
    synchronized (pats) {
      all = java.util.List.copyOf(pats.values());
    }
    return all.stream()
        .filter(p -> p.organization().map(org.id()::equals).orElse(true))
        .filter(p -> org.isMember(p.user()))
        .toList();
  }

  public boolean revokePat(String token) {
    return pats.remove(token) != null;
  }

  public AccessToken issueAccessToken(User user, String clientId, Duration lifetime) {
    AccessToken token =
        new AccessToken(
            randomToken("eyJ0eXAiOiJKV1Qi."), user, clientId, clock.instant().plus(lifetime));
    accessTokens.put(token.token(), token);
    return token;
  }

  /** A valid (not expired) access token. */
  public Optional<AccessToken> accessToken(String token) {
    AccessToken found = accessTokens.get(token);
    if (found == null || !clock.instant().isBefore(found.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(found);
  }

  public void revokeAccessTokensOf(User user) {
    accessTokens.values().removeIf(t -> t.user().id().equals(user.id()));
  }

  public void clear() {
    pats.clear();
    accessTokens.clear();
  }

  /** A PAT-like value: 52 characters of base32, as ADO issues them. */
  static String newPatValue() {
    char[] chars = new char[52];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = PAT_ALPHABET[RANDOM.nextInt(PAT_ALPHABET.length)];
    }
    return new String(chars);
  }

  /** An opaque random token with {@code prefix}. */
  public static String randomToken(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
