package dev.adolink.server.integration;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.integration.InstallationRepository.Row;
import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What owners and managers do with installations, for the API and the UI alike: install,
 * re-authorize, check, configure, uninstall. Every method takes the tracker organization the caller
 * was checked against; another organization's installation is a 404. Failures are {@link
 * ApiException}s saying what to fix.
 */
@Service
public class InstallationAdmin {

  private static final Logger log = LoggerFactory.getLogger(InstallationAdmin.class);

  private final OrganizationCheck organizationCheck;
  private final InstallService installs;
  private final HealthChecks health;
  private final Installations installations;
  private final InstallationRepository repository;
  private final SubscriptionRepository subscriptions;
  private final SyncConfigs configs;
  private final ConfigChoices choices;
  private final AzureProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  InstallationAdmin(
      OrganizationCheck organizationCheck,
      InstallService installs,
      HealthChecks health,
      Installations installations,
      InstallationRepository repository,
      SubscriptionRepository subscriptions,
      SyncConfigs configs,
      ConfigChoices choices,
      AzureProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.organizationCheck = organizationCheck;
    this.installs = installs;
    this.health = health;
    this.installations = installations;
    this.repository = repository;
    this.subscriptions = subscriptions;
    this.configs = configs;
    this.choices = choices;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Connects the ADO organization at {@code request.organizationUrl()} (PAT or principal). */
  public InstallationView install(long organizationId, InstallRequest request) {
    String url = CredentialsInput.requireUrl(request);
    CredentialsInput input = CredentialsInput.of(request, properties.entraAuthority());
    ConnectedOrganization connected =
        organizationCheck.connect(url, input.credentials(), input.field());
    return view(installs.install(organizationId, input.kind(), connected, input.stored()));
  }

  /** New credentials; resumes a paused installation. */
  public InstallationView reauthorize(
      long organizationId, long installationId, InstallRequest request) {
    Installation installation = row(organizationId, installationId).installation();
    CredentialsInput input = CredentialsInput.of(request, properties.entraAuthority());
    String url =
        request.organizationUrl() == null || request.organizationUrl().isBlank()
            ? installation.baseUrl()
            : request.organizationUrl();
    ConnectedOrganization connected =
        organizationCheck.connect(url, input.credentials(), input.field());
    return view(installs.reauthorize(installation, input.kind(), connected, input.stored()));
  }

  public List<InstallationView> list(long organizationId) {
    return repository.ofOrganization(organizationId).stream().map(this::view).toList();
  }

  public InstallationView get(long organizationId, long installationId) {
    return view(row(organizationId, installationId));
  }

  /** Also deletes the subscriptions in ADO. */
  public void uninstall(long organizationId, long installationId) {
    installs.uninstall(row(organizationId, installationId).installation());
  }

  /** Checks and repairs the subscriptions now: 409 when paused, 502 when ADO failed. */
  public List<SubscriptionCheck> healthCheck(long organizationId, long installationId) {
    row(organizationId, installationId);
    try {
      return health.check(installationId);
    } catch (InstallationPausedException e) {
      throw ApiException.conflict("status", "needs_reauth: " + e.getMessage());
    } catch (AzureDevOpsException e) {
      throw ApiException.badGateway("Azure DevOps failed: " + e.getMessage());
    }
  }

  /**
   * The configuration as {@code GET .../config/} shows it (flags, {@code sync_status_forward},
   * other stored keys), without the choices.
   */
  public ObjectNode config(long organizationId, long installationId) {
    installations.require(organizationId, installationId);
    return configs.view(installationId);
  }

  /** The configuration, typed (what the configuration page shows). */
  public SyncConfig settings(long organizationId, long installationId) {
    installations.require(organizationId, installationId);
    return configs.load(installationId);
  }

  /** What the status mapping can choose from, read from ADO ({@code disabled} when it failed). */
  public ConfigChoices.Choices choices(long organizationId, long installationId) {
    return choices.load(installations.require(organizationId, installationId));
  }

  /** Applies a {@code PUT .../config/} body; see {@link ConfigUpdate}. */
  public ObjectNode configure(long organizationId, long installationId, JsonNode body) {
    installations.require(organizationId, installationId);
    return configure(installationId, ConfigUpdate.parse(body));
  }

  /** Applies the configuration page's change, with the API's checks. */
  public void configure(long organizationId, long installationId, SyncConfigChange change) {
    installations.require(organizationId, installationId);
    configure(installationId, ConfigUpdate.of(change));
  }

  private ObjectNode configure(long installationId, ConfigUpdate update) {
    boolean deploysBefore = configs.deploys(installationId).enabled();
    transactions.executeWithoutResult(
        status -> configs.update(installationId, update, clock.instant()));
    if (configs.deploys(installationId).enabled() != deploysBefore) {
      // the deployment events' subscriptions are created (or deleted) now, as a health check
      // does; if ADO cannot be asked now, the health job does it later (its error is recorded)
      try {
        health.check(installationId);
      } catch (RuntimeException e) {
        log.info(
            "installation {}: deployment subscriptions not updated yet: {}",
            installationId,
            e.getMessage());
      }
    }
    return configs.view(installationId);
  }

  /** Whether the browser install with Microsoft Entra ID is configured on this server. */
  public boolean oauthAvailable() {
    return properties.oauthConfigured();
  }

  private Row row(long organizationId, long installationId) {
    installations.require(organizationId, installationId);
    return repository
        .find(installationId)
        .orElseThrow(() -> Installations.notFound(installationId));
  }

  private InstallationView view(Row row) {
    return InstallationView.of(row, subscriptions.of(row.installation().id()));
  }
}
