package dev.adolink.server.sync;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.azure.wit.BatchResult;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.StatusMapping;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.OutboundOutcomes.Settled;
import dev.adolink.server.sync.OutboxPayload.StatusChange;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueEvent;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.tracker.IssueStatusChanged;
import dev.adolink.server.tracker.IssueUpdate;
import dev.adolink.server.workitems.LinkedWorkItem;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Status ↔ {@code System.State}: resolving and unresolving write the state mapped for the work
 * item's project and type ({@code sync_status_forward}), with a fallback of the right category when
 * ADO refuses it; a change of state resolves or unresolves by {@link StatusDecision} ({@code
 * sync_status_reverse}).
 */
@Component
@Order(1)
class StatusField implements SyncedField {

  private final WorkItemStates states;

  StatusField(WorkItemStates states) {
    this.states = states;
  }

  @Override
  public Outbox.Kind kind() {
    return Outbox.Kind.STATUS;
  }

  @Override
  public String adoField() {
    return WorkItemEvent.STATE;
  }

  @Override
  public boolean forward(SyncConfig config) {
    return config.syncsStatusForward();
  }

  @Override
  public boolean reverse(SyncConfig config) {
    return config.statusReverse();
  }

  @Override
  public Optional<OutboxPayload> current(Issue issue) {
    return issue.status() == IssueStatus.IGNORED
        ? Optional.empty()
        : Optional.of(new StatusChange(issue.status().wire()));
  }

  @Override
  public Optional<OutboxPayload> payload(IssueEvent event) {
    return event instanceof IssueStatusChanged changed && changed.status() != IssueStatus.IGNORED
        ? Optional.of(new StatusChange(changed.status().wire()))
        : Optional.empty();
  }

  @Override
  public Optional<FieldWrite> outbound(
      Installation installation,
      SyncConfig config,
      LinkedWorkItem item,
      Outbox.Row row,
      Settled settled) {
    Optional<StatusMapping> mapping = config.mapping(item.adoProjectId(), item.workItemType());
    if (mapping.isEmpty()) {
      settled.finish(
          row,
          Field.STATUS,
          null,
          Result.SKIPPED,
          "no state is mapped for ADO project " + item.adoProjectId());
      return Optional.empty();
    }
    boolean resolve = row.payload(StatusChange.class).resolves();
    return Optional.of(
        write(row, resolve ? mapping.get().onResolve() : mapping.get().onUnresolve()));
  }

  private FieldWrite write(Outbox.Row row, String state) {
    return new FieldWrite(this, row, state, patch -> patch.state(state));
  }

  /** ADO's TF401320 for {@code System.State} ("Rule Error for field State"). */
  @Override
  public boolean refused(BatchResult result) {
    return result.failure() instanceof BatchResult.RuleViolation rule
        && rule.names("System.State", "State");
  }

  @Override
  public Fallback fallback(Installation installation, LinkedWorkItem item, FieldWrite refused) {
    boolean resolves = refused.row().payload(StatusChange.class).resolves();
    Optional<String> fallback =
        states.fallback(installation.id(), item.adoProjectId(), item.workItemType(), resolves);
    if (fallback.isEmpty() || fallback.get().equalsIgnoreCase(refused.value())) {
      return new Fallback(
          null,
          "Azure DevOps refused the state '"
              + refused.value()
              + "' for "
              + item.workItemType()
              + " and the type has no other state of that category");
    }
    return new Fallback(
        write(refused.row(), fallback.get()),
        "Azure DevOps refused '"
            + refused.value()
            + "' for "
            + item.workItemType()
            + "; wrote '"
            + fallback.get()
            + "' instead, "
            + (resolves
                ? "the type's first done state (category Resolved, else Completed)"
                : "the type's first open state (category In Progress, else Proposed)"));
  }

  /**
   * Asks ADO for the states of the work item's type (cached) when the mapping alone does not
   * decide: without a mapping, or when the type may lack a mapped state.
   */
  @Override
  public Inbound inbound(
      Installation installation,
      SyncConfig config,
      WorkItemEvent.Change change,
      String projectId,
      String type) {
    if (!change.hasNew()) {
      return Inbound.NONE;
    }
    String oldState = change.oldText();
    String newState = Objects.requireNonNull(change.newText());
    StatusDecision.Outcome outcome =
        StatusDecision.decide(
            oldState,
            newState,
            config.mapping(projectId, type),
            () -> states.of(installation.id(), projectId, type));
    if (outcome.action() == StatusDecision.Action.NOOP) {
      return new Inbound.LogOnly(Result.SKIPPED, oldState, newState, outcome.reason());
    }
    IssueStatus target =
        outcome.action() == StatusDecision.Action.RESOLVE
            ? IssueStatus.RESOLVED
            : IssueStatus.UNRESOLVED;
    return new Inbound.Apply(
        IssueUpdate.status(target), issue -> issue.status().wire(), target.wire());
  }
}
