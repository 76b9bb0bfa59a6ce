package dev.adolink.server.integration;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The subscription health schedule ({@code adolink.azure.health-check-interval}, 6 hours): a sweep
 * job per interval slot queues a check of every installation not checked within the interval, and
 * queues the next slot's sweep first (its key names the slot, so instances sharing a database queue
 * it once). Start-up queues the current slot's sweep, so a restart never loses the schedule.
 */
@Configuration(proxyBeanMethods = false)
class HealthJobs {

  record Sweep(long slot) {}

  record Check(long installationId) {}

  static final JobType<Sweep> SWEEP =
      new JobType<>(
          "integration.health-sweep",
          Sweep.class,
          5,
          Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(30)));

  static final JobType<Check> CHECK =
      new JobType<>(
          "integration.health-check",
          Check.class,
          4,
          Backoff.exponential(Duration.ofMinutes(5), Duration.ofHours(1)));

  @Bean
  Job<Sweep> healthSweepJob(
      Jobs jobs, InstallationRepository repository, AzureProperties properties, Clock clock) {
    return new Job<>() {
      @Override
      public JobType<Sweep> type() {
        return SWEEP;
      }

      @Override
      public void run(Sweep sweep, JobContext context) {
        Duration interval = properties.healthCheckInterval();
        long next = Math.max(sweep.slot(), slot(clock.instant(), interval)) + interval.toSeconds();
        jobs.enqueueAt(SWEEP, key(next), new Sweep(next), Instant.ofEpochSecond(next));
        // a little slack, so an installation checked just after the last sweep is not skipped
        Instant stale = clock.instant().minus(interval).plus(interval.dividedBy(20));
        for (long id : repository.dueForHealthCheck(stale)) {
          jobs.enqueue(CHECK, "health-" + id, new Check(id));
        }
      }
    };
  }

  @Bean
  Job<Check> healthCheckJob(HealthChecks health, InstallationRepository repository) {
    return new Job<>() {
      @Override
      public JobType<Check> type() {
        return CHECK;
      }

      /** Failures are recorded on the installation; only ADO trouble worth retrying is thrown. */
      @Override
      public void run(Check check, JobContext context) {
        if (repository.find(check.installationId()).isEmpty()) {
          return;
        }
        try {
          health.check(check.installationId());
        } catch (InstallationPausedException | ApiException recorded) {
          // recorded as the installation's health error; a paused one is checked again once
          // re-authorized (a re-install checks every subscription)
        } catch (AzureDevOpsException e) {
          if (e.isRetryable()) {
            throw e;
          }
        }
      }
    };
  }

  @Bean
  ApplicationRunner healthSchedule(Jobs jobs, AzureProperties properties, Clock clock) {
    return (ApplicationArguments args) -> {
      long slot = slot(clock.instant(), properties.healthCheckInterval());
      jobs.enqueueAt(SWEEP, key(slot), new Sweep(slot), clock.instant());
    };
  }

  static long slot(Instant at, Duration interval) {
    long seconds = interval.toSeconds();
    return Math.floorDiv(at.getEpochSecond(), seconds) * seconds;
  }

  static String key(long slot) {
    return SWEEP.key("sweep", slot);
  }
}
