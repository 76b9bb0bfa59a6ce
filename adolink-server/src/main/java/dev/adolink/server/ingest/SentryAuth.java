package dev.adolink.server.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The credentials of an SDK request (sentry-protocol.md §1): {@code X-Sentry-Auth: Sentry
 * sentry_key=…, …}, {@code Authorization: Sentry …} or {@code Basic base64(key:…)}, the query's
 * {@code sentry_key}, or the envelope header's {@code dsn}. Lenient like Bugsink and GlitchTip: the
 * first source that names a key wins.
 *
 * @param publicKey the client key's public part
 * @param client the SDK's {@code sentry_client}, else its User-Agent
 */
record SentryAuth(String publicKey, @Nullable String client) {

  /** Why no key could be read; answered 401. */
  static final class Malformed extends Exception {
    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  static Optional<SentryAuth> fromRequest(
      @Nullable String xSentryAuth,
      @Nullable String authorization,
      Map<String, String> query,
      @Nullable String userAgent)
      throws Malformed {
    if (xSentryAuth != null && !xSentryAuth.isBlank()) {
      return Optional.of(fromHeader(xSentryAuth, "X-Sentry-Auth", userAgent));
    }
    if (authorization != null && !authorization.isBlank()) {
      String lower = authorization.toLowerCase(Locale.ROOT);
      if (lower.startsWith("sentry ")) {
        return Optional.of(fromHeader(authorization, "Authorization", userAgent));
      }
      if (lower.startsWith("basic ")) {
        return Optional.of(basic(authorization.substring(6).trim(), userAgent));
      }
    }
    String key = query.get("sentry_key");
    if (key != null) {
      if (key.isBlank()) {
        throw new Malformed("the sentry_key query parameter is empty");
      }
      return Optional.of(new SentryAuth(key.trim(), client(query.get("sentry_client"), userAgent)));
    }
    return Optional.empty();
  }

  /** The key of an envelope header's {@code dsn} ({@code scheme://key[:secret]@host/project}). */
  static SentryAuth fromDsn(String dsn, @Nullable String userAgent) throws Malformed {
    try {
      String userInfo = URI.create(dsn.trim()).getRawUserInfo();
      if (userInfo == null || userInfo.isBlank()) {
        throw new Malformed("the envelope's dsn names no public key");
      }
      int colon = userInfo.indexOf(':');
      return new SentryAuth(colon < 0 ? userInfo : userInfo.substring(0, colon), userAgent);
    } catch (IllegalArgumentException e) {
      throw new Malformed("the envelope's dsn is not a URL");
    }
  }

  private static SentryAuth fromHeader(String value, String header, @Nullable String userAgent)
      throws Malformed {
    String text = value.trim();
    if (text.regionMatches(true, 0, "Sentry ", 0, 7)) {
      text = text.substring(7);
    } else if (header.equals("Authorization")) {
      throw new Malformed("the Authorization header is not 'Sentry sentry_key=…'");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    String key = fields.get("sentry_key");
    if (key == null || key.isBlank()) {
      throw new Malformed("the " + header + " header has no sentry_key");
    }
    return new SentryAuth(key, client(fields.get("sentry_client"), userAgent));
  }

  private static SentryAuth basic(String encoded, @Nullable String userAgent) throws Malformed {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new Malformed("the Basic Authorization header is not base64");
    }
    int colon = decoded.indexOf(':');
    String key = colon < 0 ? decoded : decoded.substring(0, colon);
    if (key.isBlank()) {
      throw new Malformed("the Basic Authorization header names no key");
    }
    return new SentryAuth(key, userAgent);
  }

  private static @Nullable String client(@Nullable String client, @Nullable String userAgent) {
    return client == null || client.isBlank() ? userAgent : client;
  }
}
