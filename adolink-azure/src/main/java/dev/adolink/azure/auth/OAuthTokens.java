package dev.adolink.azure.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The server side of the OAuth install flows: exchanges the authorization code the browser brought
 * back for tokens. Wrap the result in {@link OAuthCredentials} to call ADO.
 */
public final class OAuthTokens {

  private final AuthContext context;

  public OAuthTokens(AuthContext context) {
    this.context = context;
  }

  /** Entra ID: {@code grant_type=authorization_code}. */
  public TokenSet exchange(EntraApp app, String code, String redirectUri) {
    return exchange(app, code, redirectUri, null);
  }

  /**
   * Entra ID with PKCE: {@code codeVerifier} is the secret whose S256 challenge went into {@link
   * EntraApp#authorizeUrl(String, String, String)}.
   */
  public TokenSet exchange(
      EntraApp app, String code, String redirectUri, @Nullable String codeVerifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", app.clientId());
    form.put("client_secret", app.clientSecret());
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("scope", EntraApp.USER_SCOPES);
    if (codeVerifier != null) {
      form.put("code_verifier", codeVerifier);
    }
    return TokenResponses.read(
        app.tokenUrl(), context.postForm(app.tokenUrl(), form), context.clock(), null);
  }

  /** Legacy Azure DevOps OAuth: the JWT-bearer assertion grant with the code as assertion. */
  public TokenSet exchange(AzureDevOpsOAuthApp app, String code) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_assertion_type", AzureDevOpsOAuthApp.JWT_BEARER_ASSERTION);
    form.put("client_assertion", app.clientSecret());
    form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
    form.put("assertion", code);
    form.put("redirect_uri", app.redirectUri());
    return TokenResponses.read(
        app.tokenUrl(), context.postForm(app.tokenUrl(), form), context.clock(), null);
  }
}
