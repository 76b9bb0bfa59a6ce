package dev.adolink.azure.transport;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Immutable transport configuration, built by {@code AzureDevOps.builder()}.
 *
 * @param userAgent sent as {@code User-Agent} on every request
 * @param globalUrl the global profile host, {@code https://app.vssps.visualstudio.com/}
 * @param allowInsecureUrls accept http and local addresses (the emulator)
 * @param apiVersion the version to start from for every organization (7.1)
 * @param maxConcurrentRequestsPerOrganization requests in flight at once per organization
 * @param observer told about every exchange and rate-limit wait (metrics)
 * @param sharedGate the rate-limit gate shared with other processes (several instances)
 */
public record TransportSettings(
    String userAgent,
    URI globalUrl,
    boolean allowInsecureUrls,
    ApiVersion apiVersion,
    int maxConcurrentRequestsPerOrganization,
    RetryPolicy retryPolicy,
    Duration requestTimeout,
    Clock clock,
    Sleeper sleeper,
    HttpClient httpClient,
    CallObserver observer,
    SharedGate sharedGate) {

  public TransportSettings {
    if (maxConcurrentRequestsPerOrganization < 1) {
      throw new IllegalArgumentException("at least one request per organization must be allowed");
    }
    String global = globalUrl.toString();
    globalUrl = URI.create(global.endsWith("/") ? global : global + "/");
  }
}
