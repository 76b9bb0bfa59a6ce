package dev.adolink.server.scm;

import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.tracker.IssueCreated;
import dev.adolink.server.tracker.IssueFramesChanged;
import dev.adolink.server.tracker.IssueRef;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
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
  private final Clock clock;
  private final AtomicLong changes = new AtomicLong();

  SuspectTriggers(Jobs jobs, Clock clock) {
    this.jobs = jobs;
    this.clock = clock;
  }

  @EventListener
  void on(IssueCreated event) {
    queue(event.issue());
  }

  /**
   * A search for this change even while one of the issue is running: that one may have read the
   * issue before this change (its new release, say) and would not see it; a search of the same key
   * queued now would be dropped as a duplicate of the running one.
   */
  @EventListener
  void on(IssueFramesChanged event) {
    IssueRef issue = event.issue();
    jobs.enqueue(
        SuspectCommitsJob.TYPE,
        SuspectCommitsJob.TYPE.key(
            "issue", issue.id(), "changed", clock.millis(), changes.incrementAndGet()),
        new SuspectCommitsJob.Payload(issue.organizationId(), issue.id()));
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
