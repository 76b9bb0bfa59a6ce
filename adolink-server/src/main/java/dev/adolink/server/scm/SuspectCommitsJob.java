package dev.adolink.server.scm;

import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Finds and stores one issue's suspect commits ({@link SuspectCommits#compute}). Reads the issue
 * and the releases as they are when it runs, so queuing it again while it is pending is enough.
 */
@Component
class SuspectCommitsJob implements Job<SuspectCommitsJob.Payload> {

  record Payload(long organizationId, long issueId) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "scm.suspect-commits",
          Payload.class,
          3,
          Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(10)));

  private final SuspectCommits suspects;

  SuspectCommitsJob(SuspectCommits suspects) {
    this.suspects = suspects;
  }

  static String key(long issueId) {
    return TYPE.key("issue", issueId);
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload payload, JobContext context) {
    suspects.compute(payload.organizationId(), payload.issueId());
  }
}
