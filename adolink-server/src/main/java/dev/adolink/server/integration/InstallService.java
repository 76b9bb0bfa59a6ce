package dev.adolink.server.integration;

import dev.adolink.azure.Organization;
import dev.adolink.server.integration.InstallationRepository.NewInstallation;
import dev.adolink.server.integration.InstallationRepository.Row;
import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Installs, re-authorizes and uninstalls. ADO calls happen outside database transactions. A new
 * installation is first stored as {@code installing} (invisible to other features, but its webhook
 * secrets are already accepted), then its subscriptions are created, then it becomes active; if ADO
 * refuses, everything is removed again. Installing an ADO organization that the tracker
 * organization already has reuses that installation: its subscriptions are checked and repaired
 * with the new credentials, which then replace the old ones.
 */
@Service
class InstallService {

  private static final Logger log = LoggerFactory.getLogger(InstallService.class);

  private final InstallationRepository repository;
  private final SubscriptionKeeper keeper;
  private final InstallationClients clients;
  private final WebhookSecrets secrets;
  private final CredentialVault vault;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InstallService(
      InstallationRepository repository,
      SubscriptionKeeper keeper,
      InstallationClients clients,
      WebhookSecrets secrets,
      CredentialVault vault,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.keeper = keeper;
    this.clients = clients;
    this.secrets = secrets;
    this.vault = vault;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  Row install(
      long organizationId,
      AuthKind kind,
      ConnectedOrganization connected,
      StoredCredentials credentials) {
    NewInstallation fields =
        new NewInstallation(
            organizationId,
            connected.id(),
            connected.name(),
            connected.baseUrl(),
            kind,
            vault.seal(credentials),
            connected.identityDescriptor(),
            connected.identityName());
    Optional<Row> existing = repository.findAny(organizationId, connected.id());
    if (existing.isPresent()) {
      return replace(existing.get(), fields, connected.client());
    }
    long id;
    try {
      id = transactions.execute(status -> repository.insertInstalling(fields, clock.instant()));
    } catch (DataIntegrityViolationException raced) {
      throw ApiException.conflict(
          "organizationUrl", "this Azure DevOps organization is being installed right now");
    }
    Installation installing = snapshot(id, fields);
    try {
      keeper.ensure(installing, connected.client());
    } catch (RuntimeException e) {
      keeper.removeAll(installing, Optional.of(connected.client()));
      discard(id);
      throw e;
    }
    transactions.executeWithoutResult(
        status -> {
          repository.setStatus(id, Installation.Status.ACTIVE, clock.instant());
          repository.recordHealth(id, null, clock.instant());
        });
    secrets.invalidate(connected.id());
    return repository.find(id).orElseThrow();
  }

  /** New credentials for an installation, which must be for the same ADO organization. */
  Row reauthorize(
      Installation installation,
      AuthKind kind,
      ConnectedOrganization connected,
      StoredCredentials credentials) {
    if (!connected.id().equalsIgnoreCase(installation.adoOrganizationId())) {
      throw ApiException.invalid(
          "organizationUrl",
          "These credentials reach the Azure DevOps organization "
              + connected.name()
              + ", not "
              + installation.name()
              + ". Install that one separately.");
    }
    return install(installation.organizationId(), kind, connected, credentials);
  }

  private Row replace(Row existing, NewInstallation fields, Organization ado) {
    long id = existing.installation().id();
    keeper.ensure(existing.installation(), ado);
    transactions.executeWithoutResult(
        status -> {
          repository.replaceCredentials(id, fields, clock.instant());
          repository.recordHealth(id, null, clock.instant());
        });
    clients.forget(id);
    secrets.invalidate(fields.adoOrganizationId());
    events.publishEvent(new InstallationReauthorized(id));
    return repository.find(id).orElseThrow();
  }

  void uninstall(Installation installation) {
    Optional<Organization> ado;
    try {
      ado = repository.find(installation.id()).map(clients::client);
    } catch (InstallationPausedException paused) {
      log.info(
          "installation {} awaits re-authorization: its subscriptions stay in ADO until ADO"
              + " disables them",
          installation.id());
      ado = Optional.empty();
    }
    keeper.removeAll(installation, ado);
    transactions.executeWithoutResult(
        status -> repository.uninstall(installation.id(), clock.instant()));
    clients.forget(installation.id());
    secrets.invalidate(installation.adoOrganizationId());
  }

  /** Removes a failed install; a delivery already stored for it keeps the row (uninstalled). */
  private void discard(long id) {
    try {
      transactions.executeWithoutResult(status -> repository.delete(id));
    } catch (DataIntegrityViolationException referenced) {
      transactions.executeWithoutResult(status -> repository.uninstall(id, clock.instant()));
    }
  }

  private static Installation snapshot(long id, NewInstallation fields) {
    return new Installation(
        id,
        fields.organizationId(),
        fields.adoOrganizationId(),
        fields.name(),
        fields.baseUrl(),
        fields.authKind(),
        Installation.Status.ACTIVE,
        null,
        java.time.Instant.EPOCH);
  }
}
