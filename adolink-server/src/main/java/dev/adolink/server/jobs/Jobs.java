package dev.adolink.server.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues jobs and manages failed ones. {@code enqueue} joins the caller's transaction: the job
 * exists exactly when the caller's change commits. A job's identity is (type, key): while one is
 * pending or running, enqueueing the same type and key again does nothing, so keys should name the
 * work (e.g. {@code "delivery-<id>"}), and handlers read current state when they run.
 */
public class Jobs {

  private final Supplier<SchedulerClient> client;
  private final JobTasks tasks;
  private final FailedJobRepository failedJobs;
  private final JsonTaskSerializer serializer;
  private final ObjectProvider<Scheduler> runningScheduler;
  private final Clock clock;

  /**
   * @param client built on first use, after all {@link Job} beans exist
   */
  Jobs(
      Supplier<SchedulerClient> client,
      JobTasks tasks,
      FailedJobRepository failedJobs,
      JsonTaskSerializer serializer,
      ObjectProvider<Scheduler> runningScheduler,
      Clock clock) {
    this.client = client;
    this.tasks = tasks;
    this.failedJobs = failedJobs;
    this.serializer = serializer;
    this.runningScheduler = runningScheduler;
    this.clock = clock;
  }

  /**
   * Queues a job to run now.
   *
   * @return {@code false} if a job of this type and key is already pending
   */
  @Transactional
  public <P> boolean enqueue(JobType<P> type, String key, P payload) {
    return enqueueAt(type, key, payload, clock.instant());
  }

  @Transactional
  public <P> boolean enqueueAt(JobType<P> type, String key, P payload, Instant when) {
    check(type, key);
    boolean queued =
        client.get().scheduleIfNotExists(new TaskInstance<>(type.name(), key, payload), when);
    if (queued) {
      wakeSchedulerAfterCommit(when);
    }
    return queued;
  }

  /**
   * Queues a job whose key cannot be queued yet because it names something the caller's transaction
   * just created (e.g. {@code "delivery-<new row id>"}): one insert, without the lookup {@link
   * #enqueue} makes first. A key that exists makes the insert, and the transaction, fail.
   */
  @Transactional
  public <P> void enqueueNew(JobType<P> type, String key, P payload) {
    check(type, key);
    client
        .get()
        .scheduleBatch(List.of(new TaskInstance<>(type.name(), key, payload)), clock.instant());
    wakeSchedulerAfterCommit();
  }

  private void check(JobType<?> type, String key) {
    if (!tasks.isRegistered(type)) {
      throw new IllegalArgumentException("no Job bean declares the job type " + type);
    }
    if (key.isEmpty() || key.length() > 255) {
      throw new IllegalArgumentException("job key must be 1-255 characters");
    }
  }

  public List<FailedJob> failed(int limit) {
    return failedJobs.list(limit);
  }

  /** Queues a failed job again with its stored payload and a fresh set of attempts. */
  @Transactional
  public void retry(long failedJobId) {
    FailedJob failed =
        failedJobs
            .find(failedJobId)
            .orElseThrow(() -> ApiException.notFound("Failed job " + failedJobId + " not found"));
    Job<?> job =
        tasks
            .job(failed.type())
            .orElseThrow(
                () -> ApiException.badRequest("Job type " + failed.type() + " no longer exists"));
    requeue(job.type(), failed);
    failedJobs.delete(failedJobId);
  }

  private <P> void requeue(JobType<P> type, FailedJob failed) {
    enqueue(type, failed.key(), serializer.fromJson(type.payloadType(), failed.payload()));
  }

  private void wakeSchedulerAfterCommit() {
    wakeSchedulerAfterCommit(clock.instant());
  }

  /**
   * Has the scheduler look for due jobs after the commit, and again at {@code when} if that is
   * sooner than its next poll would be (a job due in 200 ms otherwise waits for the poll, 5 s).
   */
  private void wakeSchedulerAfterCommit(Instant when) {
    Scheduler scheduler = runningScheduler.getIfAvailable();
    if (scheduler == null) {
      return;
    }
    Runnable wake =
        () -> {
          long delay = Duration.between(clock.instant(), when).toMillis();
          if (delay <= 0) {
            scheduler.triggerCheckForDueExecutions();
          } else if (delay < SOON.toMillis()) {
            LATER.schedule(
                scheduler::triggerCheckForDueExecutions, delay + 5, TimeUnit.MILLISECONDS);
          }
        };
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      wake.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            wake.run();
          }
        });
  }

  /** Jobs due sooner than this wake the scheduler when they are due, instead of its next poll. */
  private static final Duration SOON = Duration.ofSeconds(5);

  private static final ScheduledExecutorService LATER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "jobs-due-soon");
            thread.setDaemon(true);
            return thread;
          });
}
