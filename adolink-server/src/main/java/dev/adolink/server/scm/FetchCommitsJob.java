package dev.adolink.server.scm;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.integration.AdoErrors;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.FailedJob;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.jobs.PermanentJobFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Fetches the commits of a release's refs ({@link CommitRanges}, {@link CommitFetcher}) and
 * completes the release ({@link ReleaseCompletion}). Every failure is written on the release with a
 * readable reason; ADO outages, throttling and network failures are retried with backoff, other ADO
 * refusals (an unknown commit, say) fail at once. Safe to run again: stored commits are not read
 * again.
 */
@Component
class FetchCommitsJob implements Job<FetchCommitsJob.Payload> {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(FetchCommitsJob.class);

  record Payload(long releaseId) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "scm.fetch-commits",
          Payload.class,
          6,
          Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(30)));

  private final ReleaseRepository releases;
  private final CommitRanges ranges;
  private final CommitFetcher fetcher;
  private final ReleaseCompletion completion;
  private final FetchProgress progress;

  FetchCommitsJob(
      ReleaseRepository releases,
      CommitRanges ranges,
      CommitFetcher fetcher,
      ReleaseCompletion completion,
      FetchProgress progress) {
    this.releases = releases;
    this.ranges = ranges;
    this.fetcher = fetcher;
    this.completion = completion;
    this.progress = progress;
  }

  static String key(long releaseId) {
    return TYPE.key("release", releaseId);
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload payload, JobContext context) {
    Optional<Release> found = releases.find(payload.releaseId());
    if (found.isEmpty()) {
      return;
    }
    Release release = found.get();
    progress.started(release.id(), context.attempt());
    try {
      fetch(release);
    } catch (InstallationPausedException e) {
      progress.failed(release.id(), CommitFetch.Status.WAITING, AdoErrors.sentence(e));
      throw e;
    } catch (AzureDevOpsException e) {
      boolean retry = e.isRetryable() && context.attempt() < TYPE.maxAttempts();
      String reason = reason(e, retry, context.attempt());
      progress.failed(
          release.id(), retry ? CommitFetch.Status.RETRYING : CommitFetch.Status.FAILED, reason);
      if (!e.isRetryable()) {
        throw new PermanentJobFailure(reason, e);
      }
      throw e;
    } catch (PermanentJobFailure e) {
      progress.failed(release.id(), CommitFetch.Status.FAILED, e.getMessage());
      throw e;
    } catch (RuntimeException e) {
      boolean retry = context.attempt() < TYPE.maxAttempts();
      progress.failed(
          release.id(),
          retry ? CommitFetch.Status.RETRYING : CommitFetch.Status.FAILED,
          AdoErrors.sentence(e) + retrying(retry, context.attempt()));
      throw e;
    }
  }

  private void fetch(Release release) {
    List<ReleaseRef> refs = releases.refs(release.id());
    CommitFetcher.Progress tracked = progress.tracker(release.id(), refs.size());
    List<Long> commitIds = new ArrayList<>();
    for (ReleaseRef ref : refs) {
      CommitRanges.Range range = ranges.open(release, ref);
      commitIds.addAll(fetcher.fetch(range.ado(), range.repo(), range.pages(), tracked));
    }
    completion.complete(release, commitIds.stream().distinct().toList());
  }

  @Override
  public void onFailed(Payload payload, FailedJob failure) {
    progress.gaveUp(payload.releaseId());
  }

  private static String reason(AzureDevOpsException e, boolean retry, int attempt) {
    String what =
        e.isRetryable()
            ? "Azure DevOps is unavailable"
            : e.status() == 404
                ? "Azure DevOps does not know a commit or the repository of this release"
                : "Azure DevOps refused to list the commits";
    log.info("{}: {}", what, e.getMessage());
    return what + ". " + AdoErrors.sentence(e) + retrying(retry, attempt);
  }

  private static String retrying(boolean retry, int attempt) {
    if (!retry) {
      return "";
    }
    Duration wait = TYPE.backoff().delayAfter(attempt);
    String in = wait.toSeconds() < 120 ? wait.toSeconds() + " s" : wait.toMinutes() + " min";
    return " (attempt " + attempt + " of " + TYPE.maxAttempts() + ", retrying in " + in + ")";
  }
}
