package dev.adolink.server.sync;

import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.sync.SyncLog.Direction;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Comment;
import dev.adolink.server.tracker.CommentService;
import dev.adolink.server.tracker.Issue;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the sync of an issue's linked work items stands, read from the sync log (never from ADO):
 * when each was last synced, the last failure that no later success cleared, why a status was left
 * alone, and what adolink last wrote. {@link #retryNow} sends a failed status or assignee write
 * again.
 */
@Service
public class IssueSyncStates {

  /** How many of the issue's newest sync log entries are read. */
  private static final int ENTRIES = 200;

  private static final Set<Result> SYNCED =
      Set.of(Result.APPLIED, Result.UNCHANGED, Result.ECHO, Result.FALLBACK);

  /**
   * A write or read that did not happen.
   *
   * @param outbound adolink → ADO (else ADO → adolink)
   * @param field {@code status}, {@code assignee}, {@code comment} or {@code link}
   * @param retrying it will be tried again by itself (else given up)
   * @param retryable {@link #retryNow} can send it again
   */
  public record Failure(
      boolean outbound,
      String field,
      @Nullable String value,
      boolean retrying,
      String reason,
      Instant at,
      boolean retryable) {}

  /**
   * @param lastSynced the newest entry that synced something (applied, unchanged, echo, fallback)
   * @param failure the newest failure not followed by a success of the same field and direction
   * @param statusNote why the newest status change was left alone (skipped, no match), if it was
   * @param written the state adolink last wrote to the work item, and when
   */
  public record WorkItemSync(
      int workItemId,
      @Nullable Instant lastSynced,
      @Nullable Failure failure,
      @Nullable String statusNote,
      @Nullable String written,
      @Nullable Instant writtenAt) {

    static WorkItemSync none(int workItemId) {
      return new WorkItemSync(workItemId, null, null, null, null, null);
    }
  }

  private final SyncLog log;
  private final Outbox outbox;
  private final Jobs jobs;
  private final JsonMapper json;
  private final TransactionTemplate transactions;
  private final CommentLinks commentLinks;
  private final CommentService comments;
  private final SyncedFields fields;
  private final Clock clock;

  IssueSyncStates(
      SyncLog log,
      CommentLinks commentLinks,
      CommentService comments,
      Outbox outbox,
      Jobs jobs,
      JsonMapper json,
      TransactionTemplate transactions,
      SyncedFields fields,
      Clock clock) {
    this.fields = fields;
    this.log = log;
    this.commentLinks = commentLinks;
    this.comments = comments;
    this.outbox = outbox;
    this.jobs = jobs;
    this.json = json;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The sync of each of the issue's work items of the installation, by work item id. */
  public Map<Integer, WorkItemSync> ofIssue(long installationId, long issueId) {
    Map<Integer, Builder> builders = new HashMap<>();
    // newest first: the first entry of a kind is the one that counts
    for (SyncLog.Stored stored : log.list(installationId, issueId, null, ENTRIES)) {
      builders
          .computeIfAbsent(stored.entry().workItemId(), Builder::new)
          .add(stored.entry(), stored.createdAt());
    }
    Map<Integer, WorkItemSync> states = new HashMap<>();
    builders.forEach((id, builder) -> states.put(id, builder.build()));
    return states;
  }

  /**
   * Sends the work item's failed write again now: changes still waiting in the outbox become due,
   * or, when the last status or assignee write was given up, the issue's current value is queued.
   *
   * @return what was done, as a sentence
   * @throws ApiException 400 when there is nothing adolink can send again
   */
  public String retryNow(long installationId, Issue issue, int workItemId) {
    WorkItemSync state = ofIssue(installationId, issue.id()).get(workItemId);
    Failure failure = state == null ? null : state.failure();
    String done =
        transactions.execute(
            status -> {
              Instant now = clock.instant();
              if (outbox.dueNow(installationId, workItemId, now)) {
                return "The waiting changes are being sent to Azure DevOps again.";
              }
              if (failure == null || !failure.retryable()) {
                throw ApiException.badRequest(
                    "Nothing to send again to work item " + workItemId + ".");
              }
              if (failure.field().equals(SyncLog.Field.COMMENT.wire())) {
                return comment(installationId, issue, workItemId, now);
              }
              SyncedField field =
                  fields.all().stream()
                      .filter(f -> f.logField().wire().equals(failure.field()))
                      .findFirst()
                      .orElseThrow(
                          () ->
                              ApiException.badRequest(
                                  "Nothing to send again to work item " + workItemId + "."));
              OutboxPayload payload =
                  field
                      .current(issue)
                      .orElseThrow(
                          () ->
                              ApiException.badRequest(
                                  "This issue is ignored, and ignoring is not sent to Azure"
                                      + " DevOps: resolve or unresolve it to sync its status."));
              outbox.add(installationId, workItemId, issue.id(), field.kind(), payload, now);
              return "The " + failure.field() + " is being sent to Azure DevOps again.";
            });
    jobs.enqueue(
        OutboundJob.TYPE,
        OutboundJob.TYPE.key("outbound", installationId, "retry", clock.instant().toEpochMilli()),
        new OutboundJob.Payload(installationId));
    return done;
  }

  /**
   * Queues the given-up comment write again, as the comment is now: added or edited (edited when it
   * was written to the work item before), or deleted when it is gone.
   */
  private String comment(long installationId, Issue issue, int workItemId, Instant now) {
    SyncLog.CommentWrite write =
        log.list(installationId, issue.id(), Direction.OUTBOUND, ENTRIES).stream()
            .map(SyncLog.Stored::entry)
            .filter(
                e ->
                    e.workItemId() == workItemId
                        && e.result() == Result.FAILED
                        && e.comment() != null)
            .findFirst()
            .map(SyncLog.Entry::comment)
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "Nothing to send again to work item " + workItemId + "."));
    boolean written =
        commentLinks.ofComment(write.commentId()).stream()
            .anyMatch(
                link ->
                    link.installationId() == installationId
                        && link.workItemId() == workItemId
                        && link.origin() == CommentLinks.Origin.TRACKER);
    Optional<Comment> comment = comments.find(issue, write.commentId());
    if (comment.isEmpty()) {
      if (!written) {
        throw ApiException.badRequest(
            "The comment was deleted since, and it was never written to work item "
                + workItemId
                + ": nothing to send again.");
      }
      outbox.add(
          installationId,
          workItemId,
          issue.id(),
          Outbox.Kind.COMMENT_DELETE,
          new OutboxPayload.CommentChange(write.commentId(), null, null),
          now);
      return "Deleting the comment is being sent to Azure DevOps again.";
    }
    Comment current = comment.get();
    String author =
        current.author() != null
            ? current.author().name()
            : current.externalAuthor() != null ? current.externalAuthor() : "Someone";
    outbox.add(
        installationId,
        workItemId,
        issue.id(),
        written ? Outbox.Kind.COMMENT_EDIT : Outbox.Kind.COMMENT_ADD,
        new OutboxPayload.CommentChange(current.id(), current.text(), author),
        now);
    return "The comment is being sent to Azure DevOps again.";
  }

  private static final class Builder {
    private final int workItemId;
    private @Nullable Instant lastSynced;
    private @Nullable Failure failure;
    private boolean failureDecided;
    private final Set<String> succeeded = new HashSet<>();
    private @Nullable String statusNote;
    private boolean statusDecided;
    private @Nullable String written;
    private @Nullable Instant writtenAt;

    Builder(int workItemId) {
      this.workItemId = workItemId;
    }

    void add(SyncLog.Entry entry, Instant at) {
      String kind = entry.direction().wire() + ":" + entry.field().wire();
      boolean synced = SYNCED.contains(entry.result());
      if (synced && lastSynced == null) {
        lastSynced = at;
      }
      if (synced) {
        succeeded.add(kind);
      }
      if (!failureDecided
          && (entry.result() == Result.FAILED || entry.result() == Result.RETRYING)
          && !succeeded.contains(kind)) {
        boolean outbound = entry.direction() == Direction.OUTBOUND;
        failure =
            new Failure(
                outbound,
                entry.field().wire(),
                entry.newValue(),
                entry.result() == Result.RETRYING,
                entry.sentence() != null
                    ? entry.sentence()
                    : entry.error() == null ? "no reason was recorded" : entry.error(),
                at,
                outbound
                    && (entry.field() == Field.STATUS
                        || entry.field() == Field.ASSIGNEE
                        || entry.field() == Field.PRIORITY
                        || entry.comment() != null
                        || entry.result() == Result.RETRYING));
        failureDecided = true;
      }
      if (entry.field() == Field.STATUS && !statusDecided) {
        statusDecided = true;
        if (entry.result() == Result.SKIPPED || entry.result() == Result.NO_MATCH) {
          statusNote = entry.error();
        }
      }
      if (entry.field() == Field.STATUS
          && entry.direction() == Direction.OUTBOUND
          && written == null
          && (entry.result() == Result.APPLIED || entry.result() == Result.FALLBACK)) {
        written = entry.newValue();
        writtenAt = at;
      }
    }

    WorkItemSync build() {
      return new WorkItemSync(workItemId, lastSynced, failure, statusNote, written, writtenAt);
    }
  }
}
