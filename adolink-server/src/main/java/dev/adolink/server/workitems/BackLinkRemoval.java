package dev.adolink.server.workitems;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofSeconds;

import dev.adolink.azure.Organization;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemExpand;
import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.jobs.PermanentJobFailure;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * After an unlink: removes the issue's Hyperlink from the work item. Queued with the unlink, so the
 * link is gone at once and ADO is told even if it is down. A work item linked to the issue again in
 * the meantime keeps its link; one deleted in ADO has nothing to remove.
 */
@Component
class BackLinkRemoval implements Job<BackLinkRemoval.Payload> {

  record Payload(long installationId, int workItemId, long issueId, String issueUrl) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "workitems.remove-back-link",
          Payload.class,
          8,
          Backoff.exponential(ofSeconds(30), ofHours(1)));

  private final Installations installations;
  private final LinkedWorkItems links;

  BackLinkRemoval(Installations installations, LinkedWorkItems links) {
    this.installations = installations;
    this.links = links;
  }

  static String key(Payload payload) {
    return TYPE.key(payload.installationId(), payload.workItemId(), payload.issueId());
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload p, JobContext context) {
    Optional<Installation> installation = installations.find(p.installationId());
    if (installation.isEmpty() || linkedAgain(p)) {
      return;
    }
    Organization ado = installations.client(installation.get());
    try {
      WorkItem item = ado.workItems().get(p.workItemId(), WorkItemExpand.RELATIONS);
      int index = WorkItemReader.backLinkIndex(item, p.issueUrl());
      if (index >= 0) {
        ado.workItems()
            .update(
                item.id(),
                WorkItemPatch.builder().expectRevision(item.rev()).removeRelation(index).build());
      }
    } catch (NotFoundException e) {
      return;
    } catch (AzureDevOpsException e) {
      if (e.isRetryable() || e instanceof dev.adolink.azure.error.RevisionConflictException) {
        throw e;
      }
      throw new PermanentJobFailure(e.getMessage(), e);
    }
  }

  private boolean linkedAgain(Payload p) {
    return links.linksOf(p.issueId()).stream()
        .anyMatch(
            item ->
                item.installationId() == p.installationId() && item.workItemId() == p.workItemId());
  }
}
