package dev.adolink.server.ingest;

import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.jobs.Jobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Event retention ({@code adolink.ingest.events-per-issue}, {@code .retention}): every {@code
 * prune-interval} a job deletes events older than the retention and each issue's events beyond its
 * newest N, and processed inbox rows older than a day (their ids guard against re-sent events only
 * that long; the stored events guard after). Issue counts are kept. The job queues the next slot's
 * run first; start-up queues the current slot's, so a restart never loses the schedule.
 */
@Configuration(proxyBeanMethods = false)
class PruneEventsJob {

  record Prune(long slot) {}

  static final JobType<Prune> TYPE =
      new JobType<>(
          "ingest.prune",
          Prune.class,
          5,
          Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(30)));

  @Bean
  Job<Prune> pruneEvents(
      Jobs jobs,
      EventRepository events,
      EventInbox inbox,
      IngestProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    return new Job<>() {
      @Override
      public JobType<Prune> type() {
        return TYPE;
      }

      @Override
      public void run(Prune prune, JobContext context) {
        Duration interval = properties.pruneInterval();
        long next = Math.max(prune.slot(), slot(clock.instant(), interval)) + interval.toSeconds();
        jobs.enqueueAt(TYPE, key(next), new Prune(next), Instant.ofEpochSecond(next));
        Instant now = clock.instant();
        transactions.executeWithoutResult(
            status -> {
              events.pruneOlderThan(now.minus(properties.retention()));
              events.pruneBeyond(properties.eventsPerIssue());
              inbox.pruneProcessed(now.minus(Duration.ofDays(1)));
            });
      }
    };
  }

  @Bean
  ApplicationRunner pruneSchedule(Jobs jobs, IngestProperties properties, Clock clock) {
    return args -> {
      long slot = slot(clock.instant(), properties.pruneInterval());
      jobs.enqueueAt(TYPE, key(slot), new Prune(slot), clock.instant());
    };
  }

  static long slot(Instant at, Duration interval) {
    long seconds = interval.toSeconds();
    return Math.floorDiv(at.getEpochSecond(), seconds) * seconds;
  }

  static String key(long slot) {
    return TYPE.key("prune", slot);
  }
}
