package dev.adolink.server.sync;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.RateLimitedException;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.sync.SyncLog.Entry;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    void finish(
        Outbox.Row row,
        Field field,
        @Nullable String value,
        Result result,
        @Nullable String error) {
      entries.add(Entry.outbound(row.issueId(), row.workItemId(), field, value, result, error));
      done.add(row.id());
    }
  }

  private final Outbox outbox;
  private final WrittenRevisions revisions;
  private final SyncLog log;
  private final TransactionTemplate transactions;
  private final Clock clock;

  OutboundOutcomes(
      Outbox outbox,
      WrittenRevisions revisions,
      SyncLog log,
      TransactionTemplate transactions,
      Clock clock) {
    this.outbox = outbox;
    this.revisions = revisions;
    this.log = log;
    this.transactions = transactions;
    this.clock = clock;
  }

  void settle(long installationId, Settled settled) {
    if (settled.entries.isEmpty() && settled.done.isEmpty() && settled.revisions.isEmpty()) {
      return;
    }
    transactions.executeWithoutResult(
        status -> {
          revisions.add(installationId, settled.revisions, clock.instant());
          log.record(installationId, settled.entries);
          outbox.delete(settled.done);
        });
    settled.entries.clear();
    settled.done.clear();
    settled.revisions.clear();
  }

  void sending(Collection<Outbox.Row> rows) {
    outbox.sending(rows.stream().map(Outbox.Row::id).toList(), clock.instant());
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
    Settled settled = new Settled();
    Instant now = clock.instant();
    for (Outbox.Row row : rows) {
      int attempts = row.attempts() + 1;
      if (!e.isRetryable() || attempts >= MAX_ATTEMPTS) {
        settled.finish(row, field(row), null, Result.FAILED, e.getMessage());
        continue;
      }
      Duration wait = BACKOFF.delayAfter(attempts);
      if (e instanceof RateLimitedException limited && limited.retryAfter().compareTo(wait) > 0) {
        wait = limited.retryAfter();
      }
      outbox.retry(row.id(), attempts, now.plus(wait), String.valueOf(e.getMessage()), now);
      settled.entries.add(
          Entry.outbound(
              row.issueId(),
              row.workItemId(),
              field(row),
              null,
              Result.RETRYING,
              "attempt " + attempts + " of " + MAX_ATTEMPTS + ": " + e.getMessage()));
    }
    settle(installationId, settled);
  }

  static Field field(Outbox.Row row) {
    return switch (row.kind()) {
      case STATUS -> Field.STATUS;
      case ASSIGNEE -> Field.ASSIGNEE;
      case COMMENT_ADD, COMMENT_EDIT, COMMENT_DELETE -> Field.COMMENT;
    };
  }
}
