package dev.adolink.server.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code adolink.azure.*} (environment variables {@code ADOLINK_AZURE_...}).
 *
 * @param allowInsecureUrls accept http and loopback/private ADO URLs (the emulator); an SSRF guard
 *     when off
 * @param vsspsUrl the global profile/accounts host ({@code app.vssps.visualstudio.com})
 * @param entraAuthority the Entra ID authority
 * @param entraTenant the tenant users sign in through ({@code organizations}: any work account)
 * @param clientId the Entra app of the OAuth install flow (unset: the flow is off)
 * @param clientSecret its secret
 * @param legacyClientId the legacy Azure DevOps OAuth app, only to refresh old identities
 * @param legacyClientSecret its secret
 * @param healthCheckInterval how often every installation's subscriptions are checked
 * @param pausedRetryDelay how long work for an installation awaiting re-authorization waits before
 *     it looks again
 * @param maxConcurrentRequests requests in flight to one ADO organization at once (ADO throttles by
 *     the cost of requests, not their number; at 25 ms per call, 16 read a 5,000-commit release in
 *     about 8 s)
 */
@Validated
@ConfigurationProperties("adolink.azure")
record AzureProperties(
    @DefaultValue("false") boolean allowInsecureUrls,
    @NotNull @DefaultValue("https://app.vssps.visualstudio.com/") URI vsspsUrl,
    @NotNull @DefaultValue("https://login.microsoftonline.com/") URI entraAuthority,
    @NotBlank @DefaultValue("organizations") String entraTenant,
    @Nullable String clientId,
    @Nullable String clientSecret,
    @Nullable String legacyClientId,
    @Nullable String legacyClientSecret,
    @NotNull @DefaultValue("6h") Duration healthCheckInterval,
    @NotNull @DefaultValue("15m") Duration pausedRetryDelay,
    @Min(1) @Max(64) @DefaultValue("16") int maxConcurrentRequests) {

  boolean oauthConfigured() {
    return clientId != null && !clientId.isBlank() && clientSecret != null;
  }
}
