package dev.adolink.azure.transport;

import java.util.concurrent.Semaphore;

/**
 * What the transport remembers about one organization, whatever credentials call it: the negotiated
 * api-version, its hosts, its rate-limit gate and its concurrency permits.
 */
final class OrganizationState {

  final OrganizationUrl url;
  final VersionNegotiator versions;
  final HostDirectory hosts;
  final Throttle throttle;
  final Semaphore permits;

  OrganizationState(OrganizationUrl url, TransportSettings settings) {
    this.url = url;
    this.versions = new VersionNegotiator(settings.apiVersion());
    this.hosts = new HostDirectory(url);
    this.throttle =
        new Throttle(
            settings.clock(),
            wait -> {
              settings.observer().waited(url.name(), wait);
              settings.sleeper().sleep(wait);
            });
    this.permits = new Semaphore(settings.maxConcurrentRequestsPerOrganization(), true);
  }
}
