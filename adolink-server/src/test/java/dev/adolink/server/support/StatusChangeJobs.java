package dev.adolink.server.support;

import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.jobs.RecordingJob;
import dev.adolink.server.tracker.IssueStatusChanged;
import org.springframework.context.event.EventListener;

/**
 * The pattern a feature uses to react to tracker changes durably: listen synchronously and enqueue
 * a job, which commits or rolls back with the change. Keys name the issue and the new status.
 */
public final class StatusChangeJobs {

  private final Jobs jobs;

  public StatusChangeJobs(Jobs jobs) {
    this.jobs = jobs;
  }

  public static String key(long issueId, String status) {
    return "issue-" + issueId + "-" + status;
  }

  @EventListener
  void on(IssueStatusChanged event) {
    jobs.enqueue(
        RecordingJob.TYPE,
        key(event.issue().id(), event.status().wire()),
        new RecordingJob.Payload(event.source().kind().wire()));
  }
}
