package dev.adolink.server.integration;

import dev.adolink.azure.auth.Credentials;
import dev.adolink.azure.auth.EntraApp;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.auth.ServicePrincipal;
import dev.adolink.server.system.ApiException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The credentials of an install or re-authorization request: a PAT, or a service principal.
 *
 * @param field the request field to blame when ADO rejects them
 */
record CredentialsInput(
    AuthKind kind, Credentials credentials, StoredCredentials stored, String field) {

  /** A tenant GUID or domain name: it becomes a path segment of Entra ID's token URL. */
  private static final Pattern TENANT =
      Pattern.compile(
          "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

  static CredentialsInput of(InstallRequest body, URI entraAuthority) {
    boolean principal =
        present(body.tenantId()) || present(body.clientId()) || present(body.clientSecret());
    if (present(body.pat()) && principal) {
      throw ApiException.invalid(
          "pat", "give either pat, or tenantId, clientId and clientSecret, not both");
    }
    if (present(body.pat())) {
      String pat = body.pat().trim();
      return new CredentialsInput(
          AuthKind.PAT, PersonalAccessToken.of(pat), StoredCredentials.pat(pat), "pat");
    }
    if (!principal) {
      throw ApiException.invalid(
          "pat", "is required (or tenantId, clientId and clientSecret of a service principal)");
    }
    Map<String, String> missing = new LinkedHashMap<>();
    for (var field :
        Map.of(
                "tenantId", String.valueOf(body.tenantId()),
                "clientId", String.valueOf(body.clientId()),
                "clientSecret", String.valueOf(body.clientSecret()))
            .entrySet()) {
      if (!present(field.getValue()) || field.getValue().equals("null")) {
        missing.put(field.getKey(), "is required for a service principal");
      }
    }
    if (!missing.isEmpty()) {
      throw ApiException.invalid(missing);
    }
    String tenant = body.tenantId().trim();
    if (tenant.length() > 253 || !TENANT.matcher(tenant).matches()) {
      throw ApiException.invalid(
          "tenantId",
          "must be the directory (tenant) ID, a GUID such as"
              + " 72f988bf-86f1-41af-91ab-2d7cd011db47, or its domain such as"
              + " contoso.onmicrosoft.com");
    }
    String client = body.clientId().trim();
    if (client.length() > 200 || !client.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw ApiException.invalid(
          "clientId", "must be the application (client) ID, a GUID of the app registration");
    }
    String secret = body.clientSecret();
    return new CredentialsInput(
        AuthKind.SERVICE_PRINCIPAL,
        ServicePrincipal.of(new EntraApp(entraAuthority, tenant, client, secret)),
        StoredCredentials.servicePrincipal(tenant, client, secret),
        "clientSecret");
  }

  static String requireUrl(InstallRequest body) {
    if (!present(body.organizationUrl())) {
      throw ApiException.invalid(
          "organizationUrl", "is required, e.g. https://dev.azure.com/myorg/");
    }
    return body.organizationUrl().trim();
  }

  private static boolean present(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
