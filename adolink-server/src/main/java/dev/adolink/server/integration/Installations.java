package dev.adolink.server.integration;

import dev.adolink.azure.Organization;
import dev.adolink.server.integration.InstallationRepository.Row;
import dev.adolink.server.system.ApiException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The facade other features use to reach installed Azure DevOps organizations: look them up, get a
 * client bound to their credentials, read what they sync, and pause them when ADO refuses their
 * credentials. See {@code adolink-server/INTEGRATION.md}.
 */
@Service
public class Installations {

  private final InstallationRepository repository;
  private final InstallationClients clients;
  private final SyncConfigs configs;

  Installations(
      InstallationRepository repository, InstallationClients clients, SyncConfigs configs) {
    this.repository = repository;
    this.clients = clients;
    this.configs = configs;
  }

  /**
   * The installation with this id in this tracker organization; a 404 {@link ApiException} when it
   * does not exist, was uninstalled or belongs to another organization.
   */
  public Installation require(long organizationId, long installationId) {
    return find(organizationId, installationId).orElseThrow(() -> notFound(installationId));
  }

  public Optional<Installation> find(long organizationId, long installationId) {
    return find(installationId).filter(i -> i.organizationId() == organizationId);
  }

  /** By id alone, for jobs that carry an installation id. */
  public Optional<Installation> find(long installationId) {
    return repository.find(installationId).map(Row::installation);
  }

  public List<Installation> ofOrganization(long organizationId) {
    return repository.ofOrganization(organizationId).stream().map(Row::installation).toList();
  }

  /**
   * Every installation of one ADO organization (one per tracker organization it is installed in).
   */
  public List<Installation> byAdoOrganizationId(String adoOrganizationId) {
    return repository.byAdoOrganization(adoOrganizationId).stream().map(Row::installation).toList();
  }

  /**
   * An ADO client with the installation's current credentials. All clients share one {@code
   * AzureDevOps} instance (rate limits, concurrency per ADO organization). Do not call ADO inside a
   * transaction that changed the installation's row: refreshed tokens are stored in a transaction
   * of their own.
   *
   * @throws InstallationPausedException when the installation awaits re-authorization; calls made
   *     with the client throw it too when a refresh is refused or a PAT is rejected
   */
  public Organization client(Installation installation) {
    return client(installation.id());
  }

  public Organization client(long installationId) {
    return clients.client(
        repository.find(installationId).orElseThrow(() -> notFound(installationId)));
  }

  /** How the installation's pipeline deployments become deploys. */
  public DeployConfig deploys(long installationId) {
    return configs.deploys(installationId);
  }

  /** What the installation syncs; all flags false and no mappings by default. */
  public SyncConfig config(long installationId) {
    return configs.load(installationId);
  }

  /**
   * @throws InstallationPausedException when the installation awaits re-authorization
   */
  public void requireActive(Installation installation) {
    if (installation.isPaused()) {
      throw clients.paused(installation.id(), String.valueOf(installation.pausedReason()));
    }
  }

  /**
   * Marks the installation {@code needs_reauth} with a reason users will see (e.g. after ADO
   * answered 401 to a call that a refresh could not fix) and returns the exception to throw.
   */
  public InstallationPausedException pause(Installation installation, String reason) {
    return repository
        .find(installation.id())
        .map(row -> clients.pause(row, reason))
        .orElseGet(() -> clients.paused(installation.id(), reason));
  }

  static ApiException notFound(long installationId) {
    return ApiException.notFound("Integration " + installationId + " not found");
  }
}
