package dev.adolink.azure.auth;

import java.net.URI;

/**
 * An app registered in Microsoft Entra ID with Azure DevOps permissions.
 *
 * @param authority {@code https://login.microsoftonline.com/} (the emulator's {@code
 *     /_hosts/login/} in tests)
 * @param tenant a tenant id, or {@code organizations}/{@code common} for user sign-in
 */
public record EntraApp(URI authority, String tenant, String clientId, String clientSecret) {

  public static final URI AUTHORITY = URI.create("https://login.microsoftonline.com/");

  /** Azure DevOps' resource id in Entra ID; {@code /.default} asks for every granted permission. */
  public static final String AZURE_DEVOPS_SCOPE = "499b84ac-1321-427f-aa17-267ca6975798/.default";

  /** The scopes of a user sign-in: Azure DevOps and a refresh token. */
  static final String USER_SCOPES = AZURE_DEVOPS_SCOPE + " offline_access";

  public URI tokenUrl() {
    return URI.create(base() + "oauth2/v2.0/token");
  }

  /** Where to send the browser for a user's consent ({@code response_type=code}). */
  public URI authorizeUrl(String redirectUri, String state) {
    return URI.create(query(redirectUri, state));
  }

  /**
   * The same with PKCE: {@code codeChallenge} is {@code BASE64URL(SHA-256(verifier))} ({@code
   * S256}); the verifier goes with the code exchange.
   */
  public URI authorizeUrl(String redirectUri, String state, String codeChallenge) {
    return URI.create(
        query(redirectUri, state)
            + "&code_challenge="
            + AzureDevOpsOAuthApp.encode(codeChallenge)
            + "&code_challenge_method=S256");
  }

  private String query(String redirectUri, String state) {
    return base()
        + "oauth2/v2.0/authorize?client_id="
        + AzureDevOpsOAuthApp.encode(clientId)
        + "&response_type=code&redirect_uri="
        + AzureDevOpsOAuthApp.encode(redirectUri)
        + "&response_mode=query&scope="
        + AzureDevOpsOAuthApp.encode(USER_SCOPES)
        + "&state="
        + AzureDevOpsOAuthApp.encode(state)
        + "&prompt=consent";
  }

  private String base() {
    String base = authority.toString();
    return (base.endsWith("/") ? base : base + "/") + tenant + "/";
  }

  @Override
  public String toString() {
    return "EntraApp[authority="
        + authority
        + ", tenant="
        + tenant
        + ", clientId="
        + clientId
        + "]";
  }
}
