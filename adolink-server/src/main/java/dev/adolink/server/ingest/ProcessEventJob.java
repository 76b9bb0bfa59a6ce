package dev.adolink.server.ingest;

import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import java.time.Duration;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Processes one received event ({@link EventProcessor}). Two first events of a new group racing to
 * create its issue, or a lock timeout, are tried again at once a few times before the job's own
 * retries.
 */
@Component
class ProcessEventJob implements Job<ProcessEventJob.Payload> {

  record Payload(long inboxId) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "ingest.event",
          Payload.class,
          10,
          Backoff.exponential(Duration.ofSeconds(10), Duration.ofHours(1)));

  private static final int IMMEDIATE_TRIES = 3;

  private final EventProcessor processor;

  ProcessEventJob(EventProcessor processor) {
    this.processor = processor;
  }

  static String key(long inboxId) {
    return TYPE.key("event", inboxId);
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload payload, JobContext context) {
    for (int attempt = 1; ; attempt++) {
      try {
        processor.process(payload.inboxId());
        return;
      } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
        if (attempt >= IMMEDIATE_TRIES) {
          throw e;
        }
      }
    }
  }
}
