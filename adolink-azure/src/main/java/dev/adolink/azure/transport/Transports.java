package dev.adolink.azure.transport;

import dev.adolink.azure.auth.Credentials;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Creates transports and keeps one {@link OrganizationState} per organization URL, so that the
 * negotiated version, the discovered hosts, the rate-limit gate and the concurrency limit are
 * shared by every caller of that organization, whatever credentials they use.
 */
public final class Transports {

  private final TransportSettings settings;
  private final ConcurrentMap<String, OrganizationState> organizations = new ConcurrentHashMap<>();
  private final OrganizationState global;

  public Transports(TransportSettings settings) {
    this.settings = settings;
    this.global =
        new OrganizationState(new OrganizationUrl(settings.globalUrl(), "global"), settings);
  }

  public TransportSettings settings() {
    return settings;
  }

  /** A transport to the organization at {@code url}, validated as {@link OrganizationUrl} says. */
  public Transport organization(String url, Credentials credentials) {
    OrganizationUrl parsed = OrganizationUrl.parse(url, settings.allowInsecureUrls());
    OrganizationState state =
        organizations.computeIfAbsent(parsed.key(), key -> new OrganizationState(parsed, settings));
    return new Transport(settings, state, credentials);
  }

  /** What credentials use to reach token endpoints (with this configuration's HTTP client). */
  public dev.adolink.azure.auth.AuthContext authContext() {
    return new TokenRequests(settings);
  }

  /**
   * Like {@link #organization(String, Credentials)}, for an organization whose highest api-version
   * is already known (stored from {@link Transport#apiVersion()} earlier), saving the refused first
   * request after a restart.
   */
  public Transport organization(String url, Credentials credentials, ApiVersion knownMax) {
    Transport transport = organization(url, credentials);
    transport.lowerApiVersion(knownMax);
    return transport;
  }

  /** A transport to the global profile host (profile, accounts, connection data). */
  public Transport global(Credentials credentials) {
    return new Transport(settings, global, credentials);
  }
}
