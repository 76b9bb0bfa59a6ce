package dev.adolink.server.scm;

import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.jobs.Jobs;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a release's commits have arrived: queues the suspect commit search of every issue whose
 * window includes the release (issues of its projects in it or in one of the releases after it, up
 * to the window). One small job per issue, keyed by the release too (a search of the issue running
 * meanwhile may have read the release without its commits), so a release of thousands of commits
 * and issues never holds up webhook or event processing, which run as jobs of their own.
 */
@Component
class ReleaseSuspectsJob implements Job<ReleaseSuspectsJob.Payload> {

  record Payload(long releaseId) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "scm.release-suspects",
          Payload.class,
          3,
          Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(10)));

  private final ReleaseRepository releases;
  private final SuspectRepository suspects;
  private final SuspectProperties properties;
  private final Jobs jobs;

  ReleaseSuspectsJob(
      ReleaseRepository releases,
      SuspectRepository suspects,
      SuspectProperties properties,
      Jobs jobs) {
    this.releases = releases;
    this.suspects = suspects;
    this.properties = properties;
    this.jobs = jobs;
  }

  static String key(long releaseId) {
    return TYPE.key("release", releaseId);
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  @Transactional
  public void run(Payload payload, JobContext context) {
    Optional<Release> release = releases.find(payload.releaseId());
    if (release.isEmpty()) {
      return;
    }
    List<Release> affected = suspects.releasesFrom(release.get(), properties.releaseWindow());
    Set<Long> projects = new LinkedHashSet<>();
    affected.forEach(r -> projects.addAll(releases.projectIds(r.id())));
    List<String> versions = affected.stream().map(Release::version).toList();
    for (long issueId : suspects.issuesIn(release.get().organizationId(), projects, versions)) {
      jobs.enqueue(
          SuspectCommitsJob.TYPE,
          SuspectCommitsJob.TYPE.key("issue", issueId, "release", release.get().id()),
          new SuspectCommitsJob.Payload(release.get().organizationId(), issueId));
    }
  }
}
