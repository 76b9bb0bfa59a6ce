package dev.adolink.server.integration;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.integration.InstallationRepository.Row;
import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an installation's subscriptions and repairs them, recording when and with what result
 * (shown as {@code health} in the installation's GET).
 */
@Service
class HealthChecks {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HealthChecks.class);

  private final InstallationRepository repository;
  private final SubscriptionKeeper keeper;
  private final InstallationClients clients;
  private final TransactionTemplate transactions;
  private final Clock clock;

  HealthChecks(
      InstallationRepository repository,
      SubscriptionKeeper keeper,
      InstallationClients clients,
      TransactionTemplate transactions,
      Clock clock) {
    this.repository = repository;
    this.keeper = keeper;
    this.clients = clients;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * @throws InstallationPausedException when the installation awaits re-authorization
   * @throws AzureDevOpsException when ADO failed
   * @throws ApiException when ADO refused for lack of permission
   */
  List<SubscriptionCheck> check(long installationId) {
    Row row =
        repository.find(installationId).orElseThrow(() -> Installations.notFound(installationId));
    try {
      List<SubscriptionCheck> checks = keeper.ensure(row.installation(), clients.client(row));
      record(installationId, null);
      return checks;
    } catch (InstallationPausedException | AzureDevOpsException | ApiException e) {
      log.warn("health check of installation {} failed", installationId, e);
      record(installationId, AdoErrors.sentence(e));
      throw e;
    }
  }

  private void record(long installationId, @Nullable String error) {
    transactions.executeWithoutResult(
        status -> repository.recordHealth(installationId, error, clock.instant()));
  }
}
