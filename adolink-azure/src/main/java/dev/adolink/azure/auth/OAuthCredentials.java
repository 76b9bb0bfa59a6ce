package dev.adolink.azure.auth;

import dev.adolink.azure.error.ReauthorizationRequiredException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A user's OAuth tokens, refreshed shortly before the access token expires. Every refresh is
 * reported to the {@link TokenListener}, which should store the new refresh token.
 */
public final class OAuthCredentials extends RefreshingCredentials {

  private final URI tokenUrl;
  private final Function<String, Map<String, String>> refreshForm;

  private OAuthCredentials(
      TokenSet tokens,
      URI tokenUrl,
      Function<String, Map<String, String>> refreshForm,
      TokenListener listener) {
    super(tokens, listener);
    this.tokenUrl = tokenUrl;
    this.refreshForm = refreshForm;
  }

  /**
   * Tokens from the legacy Azure DevOps OAuth service: refreshed with the JWT-bearer assertion
   * grant ({@code grant_type=refresh_token&assertion=<refresh token>&client_assertion=<secret>}).
   */
  public static OAuthCredentials azureDevOps(
      TokenSet tokens, AzureDevOpsOAuthApp app, TokenListener listener) {
    return new OAuthCredentials(
        tokens,
        app.tokenUrl(),
        refreshToken -> {
          Map<String, String> form = new LinkedHashMap<>();
          form.put("client_assertion_type", AzureDevOpsOAuthApp.JWT_BEARER_ASSERTION);
          form.put("client_assertion", app.clientSecret());
          form.put("grant_type", "refresh_token");
          form.put("assertion", refreshToken);
          form.put("redirect_uri", app.redirectUri());
          return form;
        },
        listener);
  }

  /** Tokens from Microsoft Entra ID: refreshed with {@code grant_type=refresh_token}. */
  public static OAuthCredentials entra(TokenSet tokens, EntraApp app, TokenListener listener) {
    return new OAuthCredentials(
        tokens,
        app.tokenUrl(),
        refreshToken -> {
          Map<String, String> form = new LinkedHashMap<>();
          form.put("grant_type", "refresh_token");
          form.put("client_id", app.clientId());
          form.put("client_secret", app.clientSecret());
          form.put("refresh_token", refreshToken);
          form.put("scope", EntraApp.USER_SCOPES);
          return form;
        },
        listener);
  }

  @Override
  TokenSet obtain(AuthContext context, @Nullable TokenSet previous) {
    String refreshToken = previous == null ? null : previous.refreshToken();
    if (refreshToken == null) {
      throw new ReauthorizationRequiredException(
          tokenUrl.toString(), 0, "no_refresh_token", "the stored tokens cannot be refreshed");
    }
    return TokenResponses.read(
        tokenUrl,
        context.postForm(tokenUrl, refreshForm.apply(refreshToken)),
        context.clock(),
        refreshToken);
  }

  @Override
  public String toString() {
    return "OAuthCredentials[tokenUrl=" + tokenUrl + "]";
  }
}
