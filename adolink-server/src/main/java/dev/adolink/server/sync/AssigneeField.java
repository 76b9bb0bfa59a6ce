package dev.adolink.server.sync;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.azure.identity.Identity;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.OutboundOutcomes.Settled;
import dev.adolink.server.sync.OutboxPayload.AssigneeChange;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueAssigned;
import dev.adolink.server.tracker.IssueEvent;
import dev.adolink.server.tracker.IssueUpdate;
import dev.adolink.server.tracker.UserRef;
import dev.adolink.server.workitems.LinkedWorkItem;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Assignee ↔ {@code System.AssignedTo}: the mapped ADO identity, else a graph lookup by email
 * ({@code sync_forward_assignment}); an ADO identity becomes the mapped user, else the member with
 * its email, a cleared field unassigns ({@code sync_reverse_assignment}).
 */
@Component
@Order(2)
class AssigneeField implements SyncedField {

  private final SyncUsers users;

  AssigneeField(SyncUsers users) {
    this.users = users;
  }

  @Override
  public Outbox.Kind kind() {
    return Outbox.Kind.ASSIGNEE;
  }

  @Override
  public String adoField() {
    return WorkItemEvent.ASSIGNED_TO;
  }

  @Override
  public boolean forward(SyncConfig config) {
    return config.forwardAssignment();
  }

  @Override
  public boolean reverse(SyncConfig config) {
    return config.reverseAssignment();
  }

  @Override
  public Optional<OutboxPayload> payload(IssueEvent event) {
    if (!(event instanceof IssueAssigned assigned)) {
      return Optional.empty();
    }
    return Optional.of(change(assigned.assignee()));
  }

  @Override
  public Optional<OutboxPayload> current(Issue issue) {
    return Optional.of(change(issue.assignee()));
  }

  private static AssigneeChange change(@Nullable UserRef user) {
    return user == null
        ? AssigneeChange.NOBODY
        : new AssigneeChange(user.id(), user.email(), user.name());
  }

  @Override
  public Optional<FieldWrite> outbound(
      Installation installation,
      SyncConfig config,
      LinkedWorkItem item,
      Outbox.Row row,
      Settled settled) {
    AssigneeChange change = row.payload(AssigneeChange.class);
    if (change.unassigns()) {
      return Optional.of(new FieldWrite(this, row, null, patch -> patch.unassign()));
    }
    UserRef user =
        new UserRef(
            change.userId(),
            change.email() == null ? "" : change.email(),
            change.name() == null ? "" : change.name());
    Optional<Identity> identity = users.adoIdentity(installation, user);
    if (identity.isEmpty()) {
      settled.finish(
          row,
          Field.ASSIGNEE,
          user.email(),
          Result.FAILED,
          "no Azure DevOps user matches " + user.email() + "; map the user to an ADO identity");
      return Optional.empty();
    }
    String assignee = SyncUsers.fieldValue(identity.get());
    return Optional.of(new FieldWrite(this, row, assignee, patch -> patch.assignTo(assignee)));
  }

  /** Matches the new assignee to a member; unassigns when the field was cleared. */
  @Override
  public Inbound inbound(
      Installation installation,
      SyncConfig config,
      WorkItemEvent.Change change,
      String projectId,
      String type) {
    Optional<Identity> identity =
        change.hasNew() ? Identity.from(change.newValue()) : Optional.empty();
    UserRef user = null;
    if (identity.isPresent()) {
      user = users.trackerUser(installation, identity.get()).orElse(null);
      if (user == null) {
        String value = identity.get().asFieldValue();
        return new Inbound.LogOnly(
            Result.NO_MATCH, null, value, "no member of the organization matches " + value);
      }
    }
    String email = user == null ? null : user.email();
    return new Inbound.Apply(
        IssueUpdate.assign(email),
        issue -> issue.assignee() == null ? null : issue.assignee().email(),
        email);
  }
}
