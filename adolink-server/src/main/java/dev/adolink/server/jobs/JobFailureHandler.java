package dev.adolink.server.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retries a failed run after the type's backoff, or, when attempts are used up or the failure is
 * permanent, removes the execution and records it as failed, both in one transaction. A {@link
 * RetryLater} is not a failure: the job is queued again after its delay with its attempts reset.
 */
class JobFailureHandler<P> implements FailureHandler<P> {

  private static final Logger log = LoggerFactory.getLogger(JobFailureHandler.class);

  private final Job<P> job;
  private final FailedJobRepository failedJobs;
  private final JsonTaskSerializer serializer;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final DeferralLog deferrals;

  JobFailureHandler(
      Job<P> job,
      FailedJobRepository failedJobs,
      JsonTaskSerializer serializer,
      TransactionTemplate transactions,
      Clock clock,
      DeferralLog deferrals) {
    this.job = job;
    this.failedJobs = failedJobs;
    this.serializer = serializer;
    this.transactions = transactions;
    this.clock = clock;
    this.deferrals = deferrals;
  }

  @Override
  public void onFailure(ExecutionComplete complete, ExecutionOperations<P> operations) {
    JobType<P> type = job.type();
    int attempt = complete.getExecution().consecutiveFailures + 1;
    Throwable cause = complete.getCause().orElse(null);
    @SuppressWarnings("unchecked")
    TaskInstance<P> instance = complete.getExecution().taskInstance;
    if (cause instanceof RetryLater later) {
      deferrals.deferred(type.name(), instance.getId(), later);
      operations.removeAndScheduleNew(
          SchedulableInstance.of(instance, clock.instant().plus(later.delay())));
      return;
    }
    boolean permanent = cause instanceof PermanentJobFailure;
    if (!permanent && attempt < type.maxAttempts()) {
      log.warn(
          "job {}/{} failed (attempt {} of {}): {}",
          type.name(),
          instance.getId(),
          attempt,
          type.maxAttempts(),
          describe(cause));
      operations.reschedule(complete, clock.instant().plus(type.backoff().delayAfter(attempt)));
      return;
    }
    log.error("job {}/{} gave up after {} attempts", type.name(), instance.getId(), attempt, cause);
    P payload = instance.getData();
    transactions.executeWithoutResult(
        status -> {
          operations.stop();
          FailedJob failure =
              failedJobs.record(
                  type.name(),
                  instance.getId(),
                  serializer.toJson(payload),
                  attempt,
                  describe(cause),
                  clock.instant());
          job.onFailed(payload, failure);
        });
  }

  private static String describe(@Nullable Throwable cause) {
    if (cause == null) {
      return "unknown failure";
    }
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root && root instanceof WrappedFailure) {
      root = root.getCause();
    }
    return root.getClass().getName() + ": " + root.getMessage();
  }

  /** Carries a checked exception thrown by a handler through db-scheduler. */
  static final class WrappedFailure extends RuntimeException {
    WrappedFailure(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }
}
