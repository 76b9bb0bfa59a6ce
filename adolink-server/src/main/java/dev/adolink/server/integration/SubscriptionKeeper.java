package dev.adolink.server.integration;

import dev.adolink.azure.Organization;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.hooks.Subscription;
import dev.adolink.azure.hooks.SubscriptionRequest;
import dev.adolink.azure.hooks.SubscriptionStatus;
import dev.adolink.server.system.ApiException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps an installation's service hook subscriptions alive: one organization-wide subscription per
 * event type, posting to {@code ADOLINK_PUBLIC_URL/extensions/vsts/issue-updated/} with its own
 * random secret in the {@code shared-secret} header. A subscription that is missing, disabled (by
 * the system, a user or an inactive identity), on probation or posting elsewhere is re-created with
 * a new secret and the old one deleted (ADO does not revive a disabled subscription on update). The
 * new secret is accepted by the intake before ADO knows it, so no first delivery is refused.
 */
@Component
class SubscriptionKeeper {

  static final List<String> EVENT_TYPES =
      List.of(
          "workitem.updated",
          "workitem.commented",
          "workitem.deleted",
          "workitem.restored",
          "git.push");

  /**
   * Deployments from Azure Pipelines ({@code deploys_from_pipelines}, off by default): event type →
   * its publisher and resource version.
   */
  static final Map<String, List<String>> PIPELINE_EVENT_TYPES =
      new LinkedHashMap<>(
          Map.of(
              "ms.vss-release.deployment-completed-event", List.of("rm", "3.0-preview.1"),
              "ms.vss-pipelines.stage-state-changed-event", List.of("pipelines", "5.1-preview.1"),
              "ms.vss-pipelines.run-state-changed-event", List.of("pipelines", "5.1-preview.1")));

  /** {@code sentry-vsts-behavior.md} §1.4 point 6, adapted. */
  static final String NO_PERMISSION =
      """
      adolink cannot communicate with this Azure DevOps organization.
      Please ensure third-party app access via OAuth is enabled
      in the organization's security policy.
      The user installing the integration must have project administrator permissions.
      The user installing might also need admin permissions depending on the organization's \
      security policy.""";

  private static final Logger log = LoggerFactory.getLogger(SubscriptionKeeper.class);

  private final SubscriptionRepository subscriptions;
  private final SyncConfigs configs;
  private final CredentialVault vault;
  private final WebhookSecrets secrets;
  private final CallbackUrls callbackUrls;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * One check or repair at a time per installation in this server (a health check and a re-install
   * at once would create a subscription twice); across servers the health job's key does it.
   */
  private final ConcurrentMap<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

  SubscriptionKeeper(
      SubscriptionRepository subscriptions,
      SyncConfigs configs,
      CredentialVault vault,
      WebhookSecrets secrets,
      CallbackUrls callbackUrls,
      TransactionTemplate transactions,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.configs = configs;
    this.vault = vault;
    this.secrets = secrets;
    this.callbackUrls = callbackUrls;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Checks every subscription of the installation and repairs what is not healthy.
   *
   * @throws ApiException (400) when ADO refuses to create a subscription for lack of permission
   * @throws AzureDevOpsException when ADO fails otherwise
   */
  List<SubscriptionCheck> ensure(Installation installation, Organization ado) {
    ReentrantLock lock = locks.computeIfAbsent(installation.id(), id -> new ReentrantLock());
    lock.lock();
    try {
      List<SubscriptionCheck> checks = new ArrayList<>();
      for (String eventType : EVENT_TYPES) {
        checks.add(ensure(installation, ado, eventType));
      }
      boolean deploys = configs.deploys(installation.id()).enabled();
      for (String eventType : PIPELINE_EVENT_TYPES.keySet()) {
        if (deploys) {
          checks.add(ensure(installation, ado, eventType));
        } else {
          remove(installation, ado, eventType);
        }
      }
      return checks;
    } finally {
      lock.unlock();
    }
  }

  private SubscriptionCheck ensure(Installation installation, Organization ado, String eventType) {
    Optional<SubscriptionRepository.Row> row = subscriptions.find(installation.id(), eventType);
    String existingId = row.map(SubscriptionRepository.Row::adoSubscriptionId).orElse(null);
    Optional<Subscription> current =
        existingId == null ? Optional.empty() : ado.hooks().get(existingId);
    String found = current.map(SubscriptionKeeper::describe).orElse("missing");
    if (current.isPresent()
        && current.get().status() == SubscriptionStatus.ENABLED
        && callbackUrls.webhook().equals(current.get().consumerInputs().get("url"))) {
      transactions.executeWithoutResult(
          status -> subscriptions.checked(installation.id(), eventType, found, clock.instant()));
      return new SubscriptionCheck(existingId, eventType, found, false, null);
    }
    boolean repair = existingId != null;
    String secret = HexFormat.of().formatHex(bytes());
    transactions.executeWithoutResult(
        status ->
            subscriptions.addPendingSecret(
                installation.id(), eventType, vault.sealSecret(secret), clock.instant()));
    secrets.invalidate(installation.adoOrganizationId());
    Subscription created = create(ado, eventType, secret);
    transactions.executeWithoutResult(
        status ->
            subscriptions.created(
                installation.id(), eventType, created.id(), repair, clock.instant()));
    secrets.invalidate(installation.adoOrganizationId());
    if (existingId != null) {
      delete(ado, existingId);
    }
    return new SubscriptionCheck(
        created.id(), eventType, describe(created), repair, repair ? found : null);
  }

  /** An optional subscription the configuration turned off: deleted in ADO and forgotten. */
  private void remove(Installation installation, Organization ado, String eventType) {
    Optional<SubscriptionRepository.Row> row = subscriptions.find(installation.id(), eventType);
    if (row.isEmpty()) {
      return;
    }
    if (row.get().adoSubscriptionId() != null) {
      delete(ado, row.get().adoSubscriptionId());
    }
    transactions.executeWithoutResult(status -> subscriptions.delete(installation.id(), eventType));
    secrets.invalidate(installation.adoOrganizationId());
  }

  private Subscription create(Organization ado, String eventType, String secret) {
    SubscriptionRequest.Builder request =
        SubscriptionRequest.webHook(eventType, callbackUrls.webhook())
            .header(ServiceHooks.SECRET_HEADER, secret);
    List<String> publisher = PIPELINE_EVENT_TYPES.get(eventType);
    if (publisher != null) {
      request.publisher(publisher.get(0)).resourceVersion(publisher.get(1));
    }
    try {
      return ado.hooks().create(request.build());
    } catch (AzureDevOpsException e) {
      if (isPermissionProblem(e)) {
        throw ApiException.badRequest(
            NO_PERMISSION
                + (e.serverMessage() == null ? "" : "\nAzure DevOps said: " + e.serverMessage()));
      }
      throw e;
    }
  }

  /** Deletes every subscription of the installation in ADO (best effort) and forgets them. */
  void removeAll(Installation installation, Optional<Organization> ado) {
    for (SubscriptionRepository.Row row : subscriptions.of(installation.id())) {
      if (row.adoSubscriptionId() != null && ado.isPresent()) {
        delete(ado.get(), row.adoSubscriptionId());
      }
    }
    transactions.executeWithoutResult(status -> subscriptions.deleteAll(installation.id()));
    secrets.invalidate(installation.adoOrganizationId());
  }

  private static void delete(Organization ado, String subscriptionId) {
    try {
      ado.hooks().delete(subscriptionId);
    } catch (AzureDevOpsException | InstallationPausedException e) {
      // a subscription we cannot delete stops on its own: deliveries of an unknown secret get 401
      log.warn("could not delete service hook subscription {}: {}", subscriptionId, e.getMessage());
    }
  }

  static boolean isPermissionProblem(AzureDevOpsException e) {
    String message = String.valueOf(e.serverMessage()).toLowerCase(Locale.ROOT);
    return e.status() == 400
        || e.status() == 401
        || e.status() == 403
        || message.contains("permission")
        || message.contains("not authorized");
  }

  /** The status as ADO names it ({@code onProbation}); the client's enum is upper case. */
  static String describe(Subscription subscription) {
    return switch (subscription.status()) {
      case ENABLED -> "enabled";
      case ON_PROBATION -> "onProbation";
      case DISABLED_BY_USER -> "disabledByUser";
      case DISABLED_BY_SYSTEM -> "disabledBySystem";
      case DISABLED_BY_INACTIVE_IDENTITY -> "disabledByInactiveIdentity";
      case UNKNOWN -> "unknown";
    };
  }

  private byte[] bytes() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return bytes;
  }
}
