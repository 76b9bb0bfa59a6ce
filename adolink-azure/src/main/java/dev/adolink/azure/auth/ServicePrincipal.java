package dev.adolink.azure.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An Entra ID service principal (app-only access, {@code grant_type=client_credentials}). The
 * principal must also be added as a user to the ADO organization. Tokens are acquired on first use
 * and again before they expire.
 */
public final class ServicePrincipal extends RefreshingCredentials {

  private final EntraApp app;

  private ServicePrincipal(EntraApp app) {
    super(null, TokenListener.NONE);
    this.app = app;
  }

  public static ServicePrincipal of(EntraApp app) {
    return new ServicePrincipal(app);
  }

  @Override
  TokenSet obtain(AuthContext context, @Nullable TokenSet previous) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", app.clientId());
    form.put("client_secret", app.clientSecret());
    form.put("scope", EntraApp.AZURE_DEVOPS_SCOPE);
    return TokenResponses.read(
        app.tokenUrl(), context.postForm(app.tokenUrl(), form), context.clock(), null);
  }

  @Override
  public String toString() {
    return "ServicePrincipal[" + app + "]";
  }
}
