package dev.adolink.azure.auth;

import java.net.URI;

/**
 * An app registered with the legacy Azure DevOps OAuth service ({@code app.vssps.visualstudio.com},
 * closed to new registrations and scheduled for removal; existing apps still work).
 *
 * @param tokenUrl {@code https://app.vssps.visualstudio.com/oauth2/token}
 * @param clientSecret the app secret, sent as the JWT-bearer {@code client_assertion}
 * @param redirectUri the registered callback URL
 */
public record AzureDevOpsOAuthApp(URI tokenUrl, String clientSecret, String redirectUri) {

  public static final URI TOKEN_URL = URI.create("https://app.vssps.visualstudio.com/oauth2/token");

  static final String JWT_BEARER_ASSERTION =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  @Override
  public String toString() {
    return "AzureDevOpsOAuthApp[tokenUrl=" + tokenUrl + ", redirectUri=" + redirectUri + "]";
  }
}
