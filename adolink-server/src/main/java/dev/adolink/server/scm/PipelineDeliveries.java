package dev.adolink.server.scm;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.integration.DeployConfig;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.tracker.OrgRef;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.webhooks.Delivery;
import dev.adolink.server.webhooks.DeliveryHandler;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys from Azure Pipelines, without a pipeline step: a completed YAML stage or classic release
 * environment records a deploy (environment, start and end, the run's page, its result) on the
 * release the installation's rule ({@link DeployConfig.Rule}) finds. A deployment that finds none
 * creates a release for its commit ({@code deploys_unmatched: create_release}) or is kept as
 * unmatched. Idempotent: a re-delivery finds the deploy recorded.
 */
@Component
class PipelineDeliveries implements DeliveryHandler {

  private static final Logger log = LoggerFactory.getLogger(PipelineDeliveries.class);

  private final Installations installations;
  private final PipelineRuns runs;
  private final Releases releases;
  private final ReleaseRepository releaseRows;
  private final RepoRepository repos;
  private final UnmatchedDeployments unmatched;
  private final OrganizationAccess organizations;
  private final ProjectService projects;
  private final TransactionTemplate transactions;
  private final Clock clock;

  PipelineDeliveries(
      Installations installations,
      PipelineRuns runs,
      Releases releases,
      ReleaseRepository releaseRows,
      RepoRepository repos,
      UnmatchedDeployments unmatched,
      OrganizationAccess organizations,
      ProjectService projects,
      TransactionTemplate transactions,
      Clock clock) {
    this.installations = installations;
    this.runs = runs;
    this.releases = releases;
    this.releaseRows = releaseRows;
    this.repos = repos;
    this.unmatched = unmatched;
    this.organizations = organizations;
    this.projects = projects;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of(PipelineDeployment.STAGE_STATE, PipelineDeployment.DEPLOYMENT_COMPLETED);
  }

  @Override
  public void handle(Delivery delivery) {
    Installation installation = delivery.installation();
    DeployConfig config = installations.deploys(installation.id());
    if (!config.enabled()) {
      return;
    }
    Optional<PipelineDeployment> found =
        PipelineDeployment.of(delivery.eventType(), delivery.payload());
    if (found.isEmpty()) {
      return;
    }
    PipelineDeployment deployment = found.get();
    PipelineRuns.Source source = source(installation, deployment);
    long organizationId = installation.organizationId();
    Optional<String> version = version(organizationId, config, source);
    if (version.isEmpty() && config.createReleases()) {
      version = create(organizationId, config, source);
    }
    if (version.isEmpty()) {
      log.info(
          "{} to {} ({}) matches no release of organization {}: kept as unmatched",
          deployment.name(),
          deployment.environment(),
          deployment.result(),
          organizationId);
      transactions.executeWithoutResult(
          status ->
              unmatched.record(
                  organizationId, installation.id(), deployment, source.commit(), clock.instant()));
      return;
    }
    releases.deploy(
        organizationId,
        version.get(),
        new NewDeploy(
            deployment.environment(),
            deployment.name(),
            deployment.url(),
            deployment.startedAt(),
            deployment.finishedAt(),
            deployment.result(),
            deployment.key()));
  }

  /** What the run was built from; without it (ADO refused), only its name can match. */
  private PipelineRuns.Source source(Installation installation, PipelineDeployment deployment) {
    try {
      return runs.source(installations.client(installation), deployment);
    } catch (AzureDevOpsException e) {
      if (e.isRetryable()) {
        throw e;
      }
      log.warn("{}: its commit could not be read from Azure DevOps: {}", deployment.name(), e);
      return new PipelineRuns.Source(null, null, null, Map.of());
    }
  }

  private Optional<String> version(
      long organizationId, DeployConfig config, PipelineRuns.Source source) {
    return switch (config.rule()) {
      case COMMIT ->
          source.commit() == null
              ? Optional.empty()
              : releaseRows.withHead(organizationId, source.commit()).map(Release::version);
      case BUILD_NUMBER -> existing(organizationId, source.buildNumber());
      case VARIABLE -> existing(organizationId, source.variables().get(config.variable()));
    };
  }

  private Optional<String> existing(long organizationId, @Nullable String version) {
    return version == null || version.isBlank()
        ? Optional.empty()
        : releaseRows.find(organizationId, version.strip()).map(Release::version);
  }

  /**
   * A release for the run: named as the rule names it (the commit for the commit rule), for every
   * project of the organization, with the commit as its ref when its repository was added.
   */
  private Optional<String> create(
      long organizationId, DeployConfig config, PipelineRuns.Source source) {
    String version =
        switch (config.rule()) {
          case COMMIT -> source.commit();
          case BUILD_NUMBER -> source.buildNumber();
          case VARIABLE -> source.variables().get(config.variable());
        };
    Optional<OrgRef> organization = organizations.organization(organizationId);
    if (version == null || version.isBlank() || organization.isEmpty()) {
      return Optional.empty();
    }
    List<String> slugs = projects.list(organization.get()).stream().map(Project::slug).toList();
    if (slugs.isEmpty()) {
      return Optional.empty();
    }
    List<NewRelease.Ref> refs =
        source.commit() == null || source.repositoryId() == null
            ? List.of()
            : repos
                .findByExternalId(organizationId, source.repositoryId())
                .map(repo -> List.of(new NewRelease.Ref(repo.name(), source.commit(), null)))
                .orElse(List.of());
    return Optional.of(
        releases
            .create(organization.get(), new NewRelease(version.strip(), slugs, refs))
            .release()
            .version());
  }
}
