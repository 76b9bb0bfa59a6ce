package dev.adolink.azure.auth;

import dev.adolink.azure.auth.AuthContext.FormResponse;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.DecodeException;
import dev.adolink.azure.error.ReauthorizationRequiredException;
import dev.adolink.azure.error.ServerErrorException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a token endpoint's answer. The legacy ADO endpoint may answer form-encoded instead of JSON,
 * so both are accepted. A refused grant (401, or {@code invalid_grant}) means the user has to
 * authorize again.
 */
final class TokenResponses {

  /** Assumed lifetime when a token endpoint leaves out {@code expires_in}. */
  private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TokenResponses() {}

  static TokenSet read(
      URI endpoint, FormResponse response, Clock clock, @Nullable String previousRefreshToken) {
    String url = endpoint.toString();
    Map<String, String> values = values(response);
    String error = values.get("error");
    // the legacy ADO endpoint answers {"Error": ..., "ErrorDescription": ...}
    String description = values.getOrDefault("error_description", values.get("errordescription"));
    int status = response.status();
    if (status == 401 || "invalid_grant".equals(error)) {
      throw new ReauthorizationRequiredException(url, status, error, description);
    }
    if (status >= 500) {
      throw new ServerErrorException("POST", url, status, error, description);
    }
    if (status >= 300 || error != null) {
      throw new AzureDevOpsException("POST", url, status, error, description, null);
    }
    String accessToken = values.get("access_token");
    if (accessToken == null || accessToken.isBlank()) {
      throw new DecodeException(
          "POST", url, status, "token response without access_token", new IllegalStateException());
    }
    String refreshToken = values.getOrDefault("refresh_token", previousRefreshToken);
    Duration lifetime = DEFAULT_LIFETIME;
    String expiresIn = values.get("expires_in");
    if (expiresIn != null) {
      try {
        lifetime = Duration.ofSeconds(Long.parseLong(expiresIn.trim()));
      } catch (NumberFormatException ignored) {
        // keep the default: a token that expires earlier is refreshed after the first 401
      }
    }
    return new TokenSet(accessToken, refreshToken, clock.instant().plus(lifetime));
  }

  private static Map<String, String> values(FormResponse response) {
    Map<String, String> values = new HashMap<>();
    String body = response.body().trim();
    if (body.startsWith("{")) {
      try {
        JsonNode node = JSON.readTree(body);
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          if (!property.getValue().isNull() && property.getValue().isValueNode()) {
            values.put(property.getKey().toLowerCase(Locale.ROOT), property.getValue().asString());
          }
        }
      } catch (JacksonException e) {
        return values;
      }
    } else if (response.contentType().contains("x-www-form-urlencoded") || body.contains("=")) {
      for (String pair : body.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.put(
              URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8)
                  .toLowerCase(Locale.ROOT),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }
}
