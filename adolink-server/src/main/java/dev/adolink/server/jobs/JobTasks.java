package dev.adolink.server.jobs;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/** The db-scheduler tasks of all {@link Job} beans, one per job type. */
class JobTasks {

  private final Map<String, Job<?>> jobs = new LinkedHashMap<>();
  private final List<Task<?>> tasks;

  JobTasks(
      List<Job<?>> jobs,
      FailedJobRepository failedJobs,
      JsonTaskSerializer serializer,
      TransactionTemplate transactions,
      Clock clock) {
    for (Job<?> job : jobs) {
      if (this.jobs.put(job.type().name(), job) != null) {
        throw new IllegalStateException("two jobs declare the type " + job.type().name());
      }
    }
    this.tasks =
        jobs.stream()
            .<Task<?>>map(job -> task(job, failedJobs, serializer, transactions, clock))
            .toList();
  }

  List<Task<?>> tasks() {
    return tasks;
  }

  Optional<Job<?>> job(String typeName) {
    return Optional.ofNullable(jobs.get(typeName));
  }

  boolean isRegistered(JobType<?> type) {
    Job<?> job = jobs.get(type.name());
    return job != null && job.type().equals(type);
  }

  private static <P> OneTimeTask<P> task(
      Job<P> job,
      FailedJobRepository failedJobs,
      JsonTaskSerializer serializer,
      TransactionTemplate transactions,
      Clock clock) {
    JobType<P> type = job.type();
    return Tasks.oneTime(type.name(), type.payloadType())
        .onFailure(new JobFailureHandler<>(job, failedJobs, serializer, transactions, clock))
        .execute(
            (instance, execution) -> {
              JobContext context =
                  new JobContext(
                      instance.getId(), execution.getExecution().consecutiveFailures + 1);
              try {
                job.run(instance.getData(), context);
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new JobFailureHandler.WrappedFailure(e);
              }
            });
  }
}
