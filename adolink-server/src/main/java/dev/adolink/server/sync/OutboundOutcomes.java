package dev.adolink.server.sync;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.error.RateLimitedException;
import dev.adolink.server.integration.AdoErrors;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.sync.SyncLog.Entry;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.workitems.LinkedWorkItems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records how outbox rows ended: written or given up (deleted, with their sync log entries and the
 * revisions written, in one transaction), or to be tried again (with backoff, at least as long as
 * ADO's {@code Retry-After}; given up after {@link #MAX_ATTEMPTS}).
 */
@Component
class OutboundOutcomes {

  static final int MAX_ATTEMPTS = 8;
  static final Backoff BACKOFF = Backoff.exponential(Duration.ofSeconds(30), Duration.ofHours(1));

  /** What a round settled, written together by {@link #settle}. */
  static final class Settled {
    final List<Entry> entries = new ArrayList<>();
    final List<Long> done = new ArrayList<>();
    final List<WrittenRevisions.Revision> revisions = new ArrayList<>();
    final List<InboundRevisions.Written> fields = new ArrayList<>();

    /** Rows ADO wrote (write lag): the field and when the tracker changed. */
    final List<Map.Entry<Field, Instant>> written = new ArrayList<>();

    void finish(
        Outbox.Row row,
        Field field,
        @Nullable String value,
        Result result,
        @Nullable String error) {
      finish(row, field, value, result, error, null);
    }

    /** {@code sentence}: the error in people's words, for the page (the log keeps both). */
    void finish(
        Outbox.Row row,
        Field field,
        @Nullable String value,
        Result result,
        @Nullable String error,
        @Nullable String sentence) {
      entries.add(
          Entry.outbound(row.issueId(), row.workItemId(), field, value, result, error)
              .by(row.actor())
              .said(sentence)
              .about(commentWrite(row)));
      done.add(row.id());
      if (result == Result.APPLIED || result == Result.FALLBACK) {
        written.add(Map.entry(field, row.createdAt()));
      }
    }
  }

  private final Outbox outbox;
  private final LinkedWorkItems links;
  private final WrittenRevisions revisions;
  private final InboundRevisions fieldRevisions;
  private final SyncLog log;
  private final TransactionTemplate transactions;
  private final SyncMetrics metrics;
  private final Clock clock;

  OutboundOutcomes(
      Outbox outbox,
      LinkedWorkItems links,
      WrittenRevisions revisions,
      InboundRevisions fieldRevisions,
      SyncLog log,
      TransactionTemplate transactions,
      SyncMetrics metrics,
      Clock clock) {
    this.outbox = outbox;
    this.links = links;
    this.revisions = revisions;
    this.fieldRevisions = fieldRevisions;
    this.log = log;
    this.transactions = transactions;
    this.metrics = metrics;
    this.clock = clock;
  }

  void settle(long installationId, Settled settled) {
    if (settled.entries.isEmpty() && settled.done.isEmpty() && settled.revisions.isEmpty()) {
      return;
    }
    transactions.executeWithoutResult(
        status -> {
          revisions.add(installationId, settled.revisions, clock.instant());
          settled.fields.forEach(
              w -> fieldRevisions.raise(installationId, w.workItemId(), w.field(), w.rev()));
          log.record(installationId, settled.entries);
          outbox.delete(settled.done);
          settled.written.forEach(w -> metrics.written(w.getKey(), w.getValue()));
        });
    settled.written.clear();
    settled.entries.clear();
    settled.done.clear();
    settled.revisions.clear();
    settled.fields.clear();
  }

  /**
   * Claims the rows for sending under their work items' locks (those inbound changes take), so that
   * a change from ADO either replaced a row before (it is left out of the answer) or waits for the
   * write. Answers the ids still to send.
   */
  Set<Long> sending(long installationId, Collection<Outbox.Row> rows) {
    List<Integer> workItems = rows.stream().map(Outbox.Row::workItemId).distinct().toList();
    List<Long> ids = rows.stream().map(Outbox.Row::id).toList();
    return transactions.execute(
        status -> {
          links.lockAll(installationId, workItems);
          return outbox.sending(ids, clock.instant());
        });
  }

  /** Back to pending without using an attempt (the installation awaits re-authorization). */
  void release(Collection<Outbox.Row> rows) {
    outbox.release(rows.stream().map(Outbox.Row::id).toList(), clock.instant());
  }

  /**
   * A failed attempt: a retryable failure is tried again later, until attempts run out; any other
   * is given up at once.
   */
  void failed(long installationId, Collection<Outbox.Row> rows, AzureDevOpsException e) {
    Duration retryAfter =
        e instanceof RateLimitedException limited ? limited.retryAfter() : Duration.ZERO;
    // the work item may have been deleted in ADO before its deletion was delivered
    boolean again =
        e.isRetryable() || (e instanceof NotFoundException missing && missing.isWorkItemMissing());
    attempt(
        installationId,
        rows,
        again,
        retryAfter,
        String.valueOf(e.getMessage()),
        AdoErrors.sentence(e));
  }

  /**
   * ADO says the work item does not exist: tried again later like a retryable failure, by when its
   * deletion has usually been delivered (the rows then wait for a restore, see {@code
   * OutboundJob}); one that is really gone fails once the attempts run out.
   */
  void missing(long installationId, Collection<Outbox.Row> rows, String error) {
    attempt(
        installationId,
        rows,
        true,
        Duration.ZERO,
        error,
        "The work item was not found in Azure DevOps (it may have been deleted); adolink tries"
            + " again later.");
  }

  private void attempt(
      long installationId,
      Collection<Outbox.Row> rows,
      boolean again,
      Duration retryAfter,
      String error,
      String sentence) {
    Settled settled = new Settled();
    Instant now = clock.instant();
    for (Outbox.Row row : rows) {
      int attempts = row.attempts() + 1;
      if (!again || attempts >= MAX_ATTEMPTS) {
        settled.finish(
            row,
            field(row),
            null,
            Result.FAILED,
            error,
            again
                ? "adolink tried "
                    + MAX_ATTEMPTS
                    + " times and gave up; use Retry now on the issue to send it again. The last"
                    + " time: "
                    + sentence
                : sentence);
        continue;
      }
      Duration wait = BACKOFF.delayAfter(attempts);
      if (retryAfter.compareTo(wait) > 0) {
        wait = retryAfter;
      }
      outbox.retry(row.id(), attempts, now.plus(wait), error, now);
      settled.entries.add(
          Entry.outbound(
                  row.issueId(),
                  row.workItemId(),
                  field(row),
                  null,
                  Result.RETRYING,
                  "attempt " + attempts + " of " + MAX_ATTEMPTS + ": " + error)
              .by(row.actor())
              .about(commentWrite(row))
              .said(sentence + " (attempt " + attempts + " of " + MAX_ATTEMPTS + ")"));
    }
    settle(installationId, settled);
  }

  /** The comment an outbox row writes, for the sync log; {@code null} for a field's row. */
  static SyncLog.@Nullable CommentWrite commentWrite(Outbox.Row row) {
    return row.kind().isComment()
        ? new SyncLog.CommentWrite(
            row.kind(), row.payload(OutboxPayload.CommentChange.class).commentId())
        : null;
  }

  static Field field(Outbox.Row row) {
    return row.kind().field();
  }
}
