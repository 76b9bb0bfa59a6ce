package dev.adolink.server.scm;

import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.jobs.Jobs;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a project gets a new code mapping: queues the suspect commit search of each of its issues
 * that has a release, one job per issue (keyed by the mapping, like {@link ReleaseSuspectsJob}).
 */
@Component
class ProjectSuspectsJob implements Job<ProjectSuspectsJob.Payload> {

  record Payload(long organizationId, long projectId, long mappingId) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "scm.project-suspects",
          Payload.class,
          3,
          Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(10)));

  private final SuspectRepository suspects;
  private final Jobs jobs;

  ProjectSuspectsJob(SuspectRepository suspects, Jobs jobs) {
    this.suspects = suspects;
    this.jobs = jobs;
  }

  static String key(long projectId, long mappingId) {
    return TYPE.key("project", projectId, "mapping", mappingId);
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  @Transactional
  public void run(Payload payload, JobContext context) {
    for (long issueId : suspects.issuesWithRelease(payload.projectId())) {
      jobs.enqueue(
          SuspectCommitsJob.TYPE,
          SuspectCommitsJob.TYPE.key("issue", issueId, "mapping", payload.mappingId()),
          new SuspectCommitsJob.Payload(payload.organizationId(), issueId));
    }
  }
}
