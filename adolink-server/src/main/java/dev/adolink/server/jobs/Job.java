package dev.adolink.server.jobs;

/**
 * A job handler, declared as a Spring bean; every bean of this type is registered at start-up.
 * Handlers must be idempotent: a job can run again after a crash between doing its work and being
 * marked done. A handler that throws is retried per its {@link JobType}; one that throws {@link
 * PermanentJobFailure} goes straight to the failed state; one that throws {@link RetryLater} runs
 * again after its delay without using up an attempt.
 */
public interface Job<P> {

  JobType<P> type();

  void run(P payload, JobContext context) throws Exception;

  /**
   * Called once when the job gives up (attempts exhausted or a permanent failure), in the
   * transaction that records the failure, e.g. to mark what the job was for as broken.
   */
  default void onFailed(P payload, FailedJob failure) {}
}
