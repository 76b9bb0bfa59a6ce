package dev.adolink.azure.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An app registered with the legacy Azure DevOps OAuth service ({@code app.vssps.visualstudio.com},
 * closed to new registrations and scheduled for removal; existing apps still work).
 *
 * @param host {@code https://app.vssps.visualstudio.com/} (the emulator's {@code
 *     /_hosts/app.vssps/} in tests)
 * @param clientId the app id
 * @param clientSecret the app secret, sent as the JWT-bearer {@code client_assertion}
 * @param redirectUri the registered callback URL
 */
public record AzureDevOpsOAuthApp(
    URI host, String clientId, String clientSecret, String redirectUri) {

  public static final URI HOST = URI.create("https://app.vssps.visualstudio.com/");

  static final String JWT_BEARER_ASSERTION =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  public URI tokenUrl() {
    return URI.create(base() + "oauth2/token");
  }

  /**
   * Where to send the browser: {@code response_type=Assertion}, the scopes must match the
   * registered ones (e.g. {@code vso.code vso.work_write vso.graph}).
   */
  public URI authorizeUrl(String state, List<String> scopes) {
    return URI.create(
        base()
            + "oauth2/authorize?client_id="
            + encode(clientId)
            + "&response_type=Assertion&state="
            + encode(state)
            + "&scope="
            + encode(String.join(" ", scopes))
            + "&redirect_uri="
            + encode(redirectUri));
  }

  private String base() {
    String base = host.toString();
    return base.endsWith("/") ? base : base + "/";
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "AzureDevOpsOAuthApp[host=" + host + ", clientId=" + clientId + "]";
  }
}
