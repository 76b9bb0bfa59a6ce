package dev.adolink.server.scm;

import dev.adolink.azure.Organization;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.git.GitCommit;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.webhooks.Delivery;
import dev.adolink.server.webhooks.DeliveryHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  static final int PAYLOAD_COMMITS = 100;

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
    return Set.of("git.push");
  }

  /** A push whose resource, repository or commits the handler could not read. */
  @Override
  public Optional<String> malformed(JsonNode payload) {
    JsonNode resource = payload.path("resource");
    if (!resource.isObject()) {
      return Optional.of("resource must be a JSON object");
    }
    JsonNode repository = resource.path("repository");
    if (!repository.isMissingNode() && !repository.isNull() && !repository.isObject()) {
      return Optional.of("resource.repository must be a JSON object");
    }
    JsonNode commits = resource.path("commits");
    if (!commits.isMissingNode() && !commits.isNull() && !commits.isArray()) {
      return Optional.of("resource.commits must be a list");
    }
    JsonNode pushId = resource.path("pushId");
    if (pushId.isNumber() && !(pushId.isIntegralNumber() && pushId.canConvertToInt())) {
      return Optional.of("resource.pushId must be a whole number of 32 bits");
    }
    return Optional.empty();
  }

  @Override
  public void handle(Delivery delivery) {
    JsonNode resource = delivery.resource();
    String repositoryId = resource.path("repository").path("id").asString("");
    Optional<Repo> repo =
        repos.findByExternalId(delivery.installation().organizationId(), repositoryId);
    if (repo.isEmpty()) {
      return;
    }
    List<GitCommit> listed = listed(resource.path("commits"));
    if (listed.isEmpty()) {
      return;
    }
    Organization ado = installations.client(delivery.installation());
    try {
      if (listed.size() >= PAYLOAD_COMMITS) {
        listed = ado.git().pushCommits(repositoryId, resource.path("pushId").asInt()).toList();
      }
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

  /** The payload's commits: ids and first-line messages. */
  private static List<GitCommit> listed(JsonNode commits) {
    List<GitCommit> listed = new ArrayList<>();
    for (JsonNode commit : commits) {
      String id = commit.path("commitId").asString("");
      if (!id.isEmpty()) {
        listed.add(
            new GitCommit(
                id,
                null,
                null,
                commit.path("comment").asString(null),
                true,
                Map.of(),
                List.of(),
                List.of(),
                null,
                null,
                null));
      }
    }
    return listed;
  }
}
