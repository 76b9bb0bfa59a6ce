package dev.adolink.server.scm;

import dev.adolink.azure.Organization;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.git.GitCommit;
import dev.adolink.azure.hooks.GitPushEvent;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.webhooks.Delivery;
import dev.adolink.server.webhooks.DeliveryHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Stores the commits of every {@code git.push} to a repository added to the installation's
 * organization, complete (full message, file changes), so releases find them stored. The payload
 * lists at most {@value #PAYLOAD_COMMITS} commits, with first-line messages: a push that may have
 * more is listed again through the API, and every commit not stored yet is read in full. At most
 * {@link ScmProperties#commitRangeLimit()} commits of one push are stored. Idempotent.
 */
@Component
class PushDeliveries implements DeliveryHandler {

  private static final Logger log = LoggerFactory.getLogger(PushDeliveries.class);

  /** ADO lists this many commits of a push in a git.push payload at most. */
  static final int PAYLOAD_COMMITS = GitPushEvent.LISTED_COMMITS;

  private final RepoRepository repos;
  private final Installations installations;
  private final CommitFetcher fetcher;
  private final ScmProperties properties;

  PushDeliveries(
      RepoRepository repos,
      Installations installations,
      CommitFetcher fetcher,
      ScmProperties properties) {
    this.repos = repos;
    this.installations = installations;
    this.fetcher = fetcher;
    this.properties = properties;
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of(GitPushEvent.TYPE);
  }

  /** A push whose resource, repository or commits the handler could not read. */
  @Override
  public Optional<String> malformed(JsonNode payload) {
    return GitPushEvent.malformed(payload);
  }

  @Override
  public void handle(Delivery delivery) {
    GitPushEvent push = GitPushEvent.read(delivery.payload());
    Optional<Repo> repo =
        repos.findByExternalId(delivery.installation().organizationId(), push.repositoryId());
    if (repo.isEmpty() || push.commits().isEmpty()) {
      return;
    }
    Organization ado = installations.client(delivery.installation());
    try {
      List<GitCommit> listed =
          push.mayHaveMore()
              ? ado.git().pushCommits(push.repositoryId(), push.pushId()).toList()
              : push.commits();
      List<GitCommit> kept =
          listed.subList(0, Math.min(listed.size(), properties.commitRangeLimit()));
      List<List<GitCommit>> pages = new ArrayList<>();
      for (int from = 0; from < kept.size(); from += PAYLOAD_COMMITS) {
        pages.add(kept.subList(from, Math.min(kept.size(), from + PAYLOAD_COMMITS)));
      }
      fetcher.fetch(ado, repo.get(), pages, CommitFetcher.Progress.NONE);
    } catch (AzureDevOpsException e) {
      if (e.isRetryable()) {
        throw e;
      }
      log.warn("git.push {} to {}: commits not stored: {}", delivery.id(), repo.get().name(), e);
    }
  }
}
