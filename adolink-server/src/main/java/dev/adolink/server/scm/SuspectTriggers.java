package dev.adolink.server.scm;

import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.tracker.IssueCreated;
import dev.adolink.server.tracker.IssueFramesChanged;
import dev.adolink.server.tracker.IssueRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the suspect commit searches, in the transaction of the change that calls for one: a new
 * issue, an issue whose frames or release changed, a release whose commits arrived, a new code
 * mapping.
 */
@Component
class SuspectTriggers {

  private final Jobs jobs;

  SuspectTriggers(Jobs jobs) {
    this.jobs = jobs;
  }

  @EventListener
  void on(IssueCreated event) {
    queue(event.issue());
  }

  @EventListener
  void on(IssueFramesChanged event) {
    queue(event.issue());
  }

  @EventListener
  void on(ReleaseCommitsStored event) {
    jobs.enqueue(
        ReleaseSuspectsJob.TYPE,
        ReleaseSuspectsJob.key(event.releaseId()),
        new ReleaseSuspectsJob.Payload(event.releaseId()));
  }

  /** A new mapping changes which commits the project's frames match. */
  @EventListener
  void on(CodeMappingSaved event) {
    jobs.enqueue(
        ProjectSuspectsJob.TYPE,
        ProjectSuspectsJob.key(event.projectId(), event.mappingId()),
        new ProjectSuspectsJob.Payload(
            event.organizationId(), event.projectId(), event.mappingId()));
  }

  private void queue(IssueRef issue) {
    jobs.enqueue(
        SuspectCommitsJob.TYPE,
        SuspectCommitsJob.key(issue.id()),
        new SuspectCommitsJob.Payload(issue.organizationId(), issue.id()));
  }
}
