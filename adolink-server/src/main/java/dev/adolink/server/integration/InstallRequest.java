package dev.adolink.server.integration;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST .../integrations/azure-devops/} and of a re-authorizing {@code PUT}: a
 * personal access token, or a service principal's tenant, client id and secret.
 *
 * @param organizationUrl e.g. {@code https://dev.azure.com/myorg/}; optional when re-authorizing
 */
public record InstallRequest(
    @Nullable String organizationUrl,
    @Nullable String pat,
    @Nullable String tenantId,
    @Nullable String clientId,
    @Nullable String clientSecret) {

  public static InstallRequest pat(String organizationUrl, String pat) {
    return new InstallRequest(organizationUrl, pat, null, null, null);
  }
}
