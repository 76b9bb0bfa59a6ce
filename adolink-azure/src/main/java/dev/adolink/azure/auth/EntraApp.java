package dev.adolink.azure.auth;

import java.net.URI;

/**
 * An app registered in Microsoft Entra ID with Azure DevOps permissions.
 *
 * @param authority {@code https://login.microsoftonline.com/}
 * @param tenant a tenant id, or {@code organizations}/{@code common} for user sign-in
 */
public record EntraApp(URI authority, String tenant, String clientId, String clientSecret) {

  public static final URI AUTHORITY = URI.create("https://login.microsoftonline.com/");

  /** Azure DevOps' resource id in Entra ID; {@code /.default} asks for every granted permission. */
  public static final String AZURE_DEVOPS_SCOPE = "499b84ac-1321-427f-aa17-267ca6975798/.default";

  public URI tokenUrl() {
    String base = authority.toString();
    return URI.create((base.endsWith("/") ? base : base + "/") + tenant + "/oauth2/v2.0/token");
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
