package dev.adolink.server.sync;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.azure.hooks.WorkItemEvent.Change;
import dev.adolink.azure.identity.Identity;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.SyncLog.Entry;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.tracker.IssueUpdate;
import dev.adolink.server.tracker.UserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The status ({@code System.State}) and assignee ({@code System.AssignedTo}) parts of a {@code
 * workitem.updated} delivery, each behind its flag ({@code sync_status_reverse}, {@code
 * sync_reverse_assignment}), applied to every issue linked to the work item.
 */
@Component
class InboundFields {

  private final IssueService issues;
  private final WorkItemStates states;
  private final SyncUsers users;
  private final InboundRevisions revisions;
  private final Outbox outbox;

  InboundFields(
      IssueService issues,
      WorkItemStates states,
      SyncUsers users,
      InboundRevisions revisions,
      Outbox outbox) {
    this.issues = issues;
    this.states = states;
    this.users = users;
    this.revisions = revisions;
    this.outbox = outbox;
  }

  /**
   * Decides the status change; asks ADO for the states of the work item's type (cached) when the
   * mapping alone does not decide: without a mapping, or when the type may lack a mapped state. An
   * ADO failure propagates: nothing is decided, the delivery is retried.
   */
  InboundChange status(
      Installation installation,
      SyncConfig config,
      WorkItemEvent delivery,
      String projectId,
      String type,
      List<Long> issueIds) {
    Optional<Change> change = delivery.change(WorkItemEvent.STATE);
    if (change.isEmpty() || !change.get().hasNew() || !config.statusReverse()) {
      return InboundChange.NONE;
    }
    String oldState = change.get().oldText();
    String newState = Objects.requireNonNull(change.get().newText());
    StatusDecision.Outcome outcome =
        StatusDecision.decide(
            oldState,
            newState,
            config.mapping(projectId, type),
            () -> states.of(installation.id(), projectId, type));
    if (outcome.action() == StatusDecision.Action.NOOP) {
      return inOrder(
          installation,
          delivery,
          Field.STATUS,
          change.get(),
          issueIds,
          false,
          InboundChange.logOnly(
              forEach(
                  issueIds,
                  delivery,
                  Field.STATUS,
                  oldState,
                  newState,
                  Result.SKIPPED,
                  outcome.reason())));
    }
    IssueStatus target =
        outcome.action() == StatusDecision.Action.RESOLVE
            ? IssueStatus.RESOLVED
            : IssueStatus.UNRESOLVED;
    InboundChange apply =
        () -> {
          List<Issue> before = current(installation, issueIds);
          issues.update(
              installation.organizationId(),
              issueIds,
              IssueUpdate.status(target),
              ChangeSource.integration(installation.id()));
          return before.stream()
              .map(
                  issue ->
                      Entry.inbound(
                          issue.id(),
                          delivery.workItemId(),
                          Field.STATUS,
                          issue.status().wire(),
                          target.wire(),
                          issue.status() == target ? Result.UNCHANGED : Result.APPLIED,
                          null))
              .toList();
        };
    return inOrder(
        installation,
        delivery,
        Field.STATUS,
        change.get(),
        issueIds,
        config.syncsStatusForward(),
        apply);
  }

  /** Matches the new assignee to a member; unassigns when the field was cleared. */
  InboundChange assignee(
      Installation installation, SyncConfig config, WorkItemEvent delivery, List<Long> issueIds) {
    Optional<Change> change = delivery.change(WorkItemEvent.ASSIGNED_TO);
    if (change.isEmpty() || !config.reverseAssignment()) {
      return InboundChange.NONE;
    }
    Optional<Identity> identity =
        change.get().hasNew() ? Identity.from(change.get().newValue()) : Optional.empty();
    UserRef user = null;
    if (identity.isPresent()) {
      user = users.trackerUser(installation, identity.get()).orElse(null);
      if (user == null) {
        String value = identity.get().asFieldValue();
        return inOrder(
            installation,
            delivery,
            Field.ASSIGNEE,
            change.get(),
            issueIds,
            false,
            InboundChange.logOnly(
                forEach(
                    issueIds,
                    delivery,
                    Field.ASSIGNEE,
                    null,
                    value,
                    Result.NO_MATCH,
                    "no member of the organization matches " + value)));
      }
    }
    UserRef assignee = user;
    InboundChange apply =
        () -> {
          List<Issue> before = current(installation, issueIds);
          issues.update(
              installation.organizationId(),
              issueIds,
              IssueUpdate.assign(assignee == null ? null : assignee.email()),
              ChangeSource.integration(installation.id()));
          List<Entry> entries = new ArrayList<>();
          for (Issue issue : before) {
            String previous = email(issue.assignee());
            String next = email(assignee);
            entries.add(
                Entry.inbound(
                    issue.id(),
                    delivery.workItemId(),
                    Field.ASSIGNEE,
                    previous,
                    next,
                    Objects.equals(previous, next) ? Result.UNCHANGED : Result.APPLIED,
                    null));
          }
          return entries;
        };
    return inOrder(
        installation,
        delivery,
        Field.ASSIGNEE,
        change.get(),
        issueIds,
        config.forwardAssignment(),
        apply);
  }

  /**
   * The issues' changes of the field still waiting to be written to this work item, replaced by the
   * change from ADO (else the older tracker value would overwrite ADO's newer one, and the two
   * would disagree).
   */
  private List<Entry> supersedePending(
      Installation installation, WorkItemEvent delivery, Field field) {
    Outbox.Kind kind = field == Field.STATUS ? Outbox.Kind.STATUS : Outbox.Kind.ASSIGNEE;
    return outbox.supersede(installation.id(), delivery.workItemId(), kind).stream()
        .map(
            row ->
                Entry.outbound(
                    row.issueId(),
                    row.workItemId(),
                    field,
                    field == Field.STATUS
                        ? row.payload().path("status").asString(null)
                        : row.payload().path("email").asString(null),
                    Result.SUPERSEDED,
                    "replaced by revision " + delivery.rev() + " made in Azure DevOps"))
        .toList();
  }

  /**
   * {@code change}, unless a newer revision of the work item already decided the field (deliveries
   * arrive out of order): then nothing changes and the log says it was superseded.
   */
  private InboundChange inOrder(
      Installation installation,
      WorkItemEvent delivery,
      Field field,
      Change fieldChange,
      List<Long> issueIds,
      boolean replacesPending,
      InboundChange change) {
    int rev = delivery.rev();
    if (rev <= 0) {
      return change;
    }
    return () -> {
      Optional<Integer> newer =
          revisions.claim(installation.id(), delivery.workItemId(), field, rev);
      if (newer.isEmpty()) {
        if (!replacesPending) {
          return change.apply();
        }
        List<Entry> entries = new ArrayList<>(supersedePending(installation, delivery, field));
        entries.addAll(change.apply());
        return entries;
      }
      return forEach(
          issueIds,
          delivery,
          field,
          fieldChange.oldText(),
          fieldChange.newText(),
          Result.SUPERSEDED,
          "revision " + rev + " arrived after revision " + newer.get());
    };
  }

  private List<Issue> current(Installation installation, List<Long> issueIds) {
    return issueIds.stream().map(id -> issues.get(installation.organizationId(), id)).toList();
  }

  private static @Nullable String email(@Nullable UserRef user) {
    return user == null ? null : user.email();
  }

  /** The same inbound log entry for each of the issues (nothing changed on them). */
  private static List<Entry> forEach(
      List<Long> issueIds,
      WorkItemEvent delivery,
      Field field,
      @Nullable String oldValue,
      @Nullable String newValue,
      Result result,
      String error) {
    return issueIds.stream()
        .map(
            id ->
                Entry.inbound(id, delivery.workItemId(), field, oldValue, newValue, result, error))
        .toList();
  }
}
