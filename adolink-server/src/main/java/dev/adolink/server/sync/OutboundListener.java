package dev.adolink.server.sync;

import dev.adolink.server.integration.InstallationReauthorized;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.sync.Outbox.Kind;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.Comment;
import dev.adolink.server.tracker.IssueCommentAdded;
import dev.adolink.server.tracker.IssueCommentDeleted;
import dev.adolink.server.tracker.IssueCommentEdited;
import dev.adolink.server.tracker.IssueEvent;
import dev.adolink.server.tracker.Members;
import dev.adolink.server.tracker.UserRef;
import dev.adolink.server.workitems.LinkedWorkItem;
import dev.adolink.server.workitems.LinkedWorkItems;
import dev.adolink.server.workitems.WorkItemLinked;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tracker → ADO: queues every issue change that a linked work item's installation syncs (its flag
 * on) in the outbox, in the change's own transaction, and one drain job per installation and
 * transaction; so 1,000 issues resolved in one request become one job that writes them in batches.
 * A change that came from an installation is not queued for that installation, and a comment
 * brought in from ADO is not written back.
 */
@Component
class OutboundListener {

  /** What one transaction looked up and queued already. */
  private static final class TransactionState {
    final Map<Long, Optional<SyncConfig>> configs = new HashMap<>();
    final Set<Long> queued = new HashSet<>();
  }

  private final LinkedWorkItems links;
  private final Installations installations;
  private final Outbox outbox;
  private final CommentLinks commentLinks;
  private final Jobs jobs;
  private final SyncedFields fields;
  private final Members members;
  private final Clock clock;

  OutboundListener(
      LinkedWorkItems links,
      Installations installations,
      Outbox outbox,
      CommentLinks commentLinks,
      Jobs jobs,
      SyncedFields fields,
      Members members,
      Clock clock) {
    this.links = links;
    this.installations = installations;
    this.outbox = outbox;
    this.commentLinks = commentLinks;
    this.jobs = jobs;
    this.fields = fields;
    this.members = members;
    this.clock = clock;
  }

  /** Each synced field's change (status, assignee, priority) is queued for its field. */
  @EventListener
  void changed(IssueEvent event) {
    for (SyncedField field : fields.all()) {
      field
          .payload(event)
          .ifPresent(payload -> queue(event, field.kind(), payload, field::forward));
    }
  }

  @EventListener
  void commentAdded(IssueCommentAdded event) {
    queue(event, Kind.COMMENT_ADD, comment(event.comment()), SyncConfig::comments);
  }

  @EventListener
  void commentEdited(IssueCommentEdited event) {
    if (!fromAdo(event.comment())) {
      queue(event, Kind.COMMENT_EDIT, comment(event.comment()), SyncConfig::comments);
    }
  }

  @EventListener
  void commentDeleted(IssueCommentDeleted event) {
    if (!fromAdo(event.comment())) {
      queue(event, Kind.COMMENT_DELETE, comment(event.comment()), SyncConfig::comments);
    }
  }

  private boolean fromAdo(Comment comment) {
    return commentLinks.ofComment(comment.id()).stream()
        .anyMatch(link -> link.origin() == CommentLinks.Origin.ADO);
  }

  private static OutboxPayload comment(Comment comment) {
    String author =
        comment.author() != null
            ? comment.author().name()
            : comment.externalAuthor() != null ? comment.externalAuthor() : "Someone";
    return new OutboxPayload.CommentChange(comment.id(), comment.text(), author);
  }

  private void queue(
      IssueEvent event, Kind kind, OutboxPayload payload, Predicate<SyncConfig> enabled) {
    TransactionState state = state();
    SyncActor actor = null;
    for (LinkedWorkItem item : links.linksOf(event.issue().id())) {
      long installationId = item.installationId();
      if (event.source().isIntegration(installationId)) {
        continue;
      }
      Optional<SyncConfig> config =
          state.configs.computeIfAbsent(
              installationId,
              id -> installations.find(id).map(found -> installations.config(found.id())));
      if (config.isEmpty() || !enabled.test(config.get())) {
        continue;
      }
      if (actor == null) {
        actor = actor(event);
      }
      long row =
          outbox.add(
              installationId,
              item.workItemId(),
              event.issue().id(),
              kind,
              payload,
              actor,
              clock.instant());
      if (state.queued.add(installationId)) {
        jobs.enqueue(
            OutboundJob.TYPE,
            OutboundJob.key(installationId, row),
            new OutboundJob.Payload(installationId));
      }
    }
  }

  private SyncActor actor(IssueEvent event) {
    String name =
        event.source().kind() == ChangeSource.Kind.USER
            ? members
                .byId(event.issue().organizationId(), event.source().id())
                .map(UserRef::name)
                .orElse(null)
            : null;
    return SyncActor.of(event.source(), name);
  }

  /** Writes that waited while the work item was deleted in ADO go out now that it is restored. */
  @EventListener
  void restored(WorkItemLinked event) {
    if (event.reason() != WorkItemLinked.Reason.RESTORED) {
      return;
    }
    long id = event.workItem().installationId();
    if (outbox.dueNow(id, event.workItem().workItemId(), clock.instant())) {
      jobs.enqueue(
          OutboundJob.TYPE,
          OutboundJob.TYPE.key("outbound", id, "restored", clock.instant().toEpochMilli()),
          new OutboundJob.Payload(id));
    }
  }

  /** Writes that waited for the installation's re-authorization go out now. */
  @EventListener
  void reauthorized(InstallationReauthorized event) {
    long id = event.installationId();
    if (outbox.nextDue(id).isPresent()) {
      jobs.enqueue(
          OutboundJob.TYPE,
          OutboundJob.TYPE.key("outbound", id, "resumed", clock.instant().toEpochMilli()),
          new OutboundJob.Payload(id));
    }
  }

  /** Per transaction (issue events are published inside one); a fresh state outside of one. */
  private TransactionState state() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new TransactionState();
    }
    TransactionState state = (TransactionState) TransactionSynchronizationManager.getResource(this);
    if (state == null) {
      TransactionState created = new TransactionState();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(OutboundListener.this);
            }
          });
      state = created;
    }
    return state;
  }
}
