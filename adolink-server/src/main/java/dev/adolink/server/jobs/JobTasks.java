package dev.adolink.server.jobs;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The db-scheduler tasks of all {@link Job} beans, one per job type. The beans are looked up on
 * first use, not at construction, so that a job may itself inject {@link Jobs} to queue follow-up
 * jobs without a bean cycle.
 */
class JobTasks {

  private static final Logger log = LoggerFactory.getLogger(JobTasks.class);

  private record Registry(Map<String, Job<?>> jobs, List<Task<?>> tasks) {}

  private final SingletonSupplier<Registry> registry;

  JobTasks(
      ObjectProvider<Job<?>> jobs,
      FailedJobRepository failedJobs,
      JsonTaskSerializer serializer,
      TransactionTemplate transactions,
      Clock clock) {
    this.registry =
        SingletonSupplier.of(
            () ->
                register(
                    jobs.orderedStream().toList(), failedJobs, serializer, transactions, clock));
  }

  List<Task<?>> tasks() {
    return registry.obtain().tasks();
  }

  Optional<Job<?>> job(String typeName) {
    return Optional.ofNullable(registry.obtain().jobs().get(typeName));
  }

  boolean isRegistered(JobType<?> type) {
    Job<?> job = registry.obtain().jobs().get(type.name());
    return job != null && job.type().equals(type);
  }

  private static Registry register(
      List<Job<?>> jobs,
      FailedJobRepository failedJobs,
      JsonTaskSerializer serializer,
      TransactionTemplate transactions,
      Clock clock) {
    Map<String, Job<?>> byName = new LinkedHashMap<>();
    for (Job<?> job : jobs) {
      if (byName.put(job.type().name(), job) != null) {
        throw new IllegalStateException("two jobs declare the type " + job.type().name());
      }
    }
    DeferralLog deferrals = new DeferralLog(clock);
    List<Task<?>> tasks =
        jobs.stream()
            .<Task<?>>map(job -> task(job, failedJobs, serializer, transactions, clock, deferrals))
            .toList();
    return new Registry(Map.copyOf(byName), tasks);
  }

  private static <P> OneTimeTask<P> task(
      Job<P> job,
      FailedJobRepository failedJobs,
      JsonTaskSerializer serializer,
      TransactionTemplate transactions,
      Clock clock,
      DeferralLog deferrals) {
    JobType<P> type = job.type();
    return Tasks.oneTime(type.name(), type.payloadType())
        .onFailure(
            new JobFailureHandler<>(job, failedJobs, serializer, transactions, clock, deferrals))
        .execute(
            (instance, execution) -> {
              JobContext context =
                  new JobContext(
                      instance.getId(), execution.getExecution().consecutiveFailures + 1);
              try (var fields =
                  JobLogFields.open(type.name(), instance.getId(), instance.getData())) {
                long started = System.nanoTime();
                job.run(instance.getData(), context);
                log.debug(
                    "job {}/{} ran in {} ms",
                    type.name(),
                    instance.getId(),
                    (System.nanoTime() - started) / 1_000_000);
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new JobFailureHandler.WrappedFailure(e);
              }
            });
  }
}
