package dev.adolink.server.jobs;

import java.time.Duration;

/** A job that queues a {@link RecordingJob}: jobs may inject {@link Jobs} themselves. */
final class FollowUpJob implements Job<RecordingJob.Payload> {

  static final JobType<RecordingJob.Payload> TYPE =
      new JobType<>(
          "test.follow-up",
          RecordingJob.Payload.class,
          1,
          Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(1)));

  private final Jobs jobs;

  FollowUpJob(Jobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public JobType<RecordingJob.Payload> type() {
    return TYPE;
  }

  @Override
  public void run(RecordingJob.Payload payload, JobContext context) {
    jobs.enqueue(RecordingJob.TYPE, "after-" + context.key(), payload);
  }
}
