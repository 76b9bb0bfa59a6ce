package dev.adolink.server.integration;

import dev.adolink.azure.core.Project;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A job for tests that calls ADO through the facade: it reads the installation's projects. */
public final class ProjectNamesJob implements Job<ProjectNamesJob.Payload> {

  public record Payload(long installationId) {}

  public static final JobType<Payload> TYPE =
      new JobType<>(
          "test.project-names",
          Payload.class,
          2,
          Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(1)));

  private final Installations installations;
  private final Map<Long, List<String>> names = new ConcurrentHashMap<>();

  public ProjectNamesJob(Installations installations) {
    this.installations = installations;
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload payload, JobContext context) {
    names.put(
        payload.installationId(),
        installations.client(payload.installationId()).core().projects().stream()
            .map(Project::name)
            .toList());
  }

  /** The project names the last run read for this installation, if it ran. */
  public List<String> of(long installationId) {
    return names.getOrDefault(installationId, List.of());
  }
}
