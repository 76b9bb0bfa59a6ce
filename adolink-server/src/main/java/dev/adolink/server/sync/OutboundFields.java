package dev.adolink.server.sync;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.identity.Identity;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.integration.StatusMapping;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.OutboundOutcomes.Settled;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.tracker.UserRef;
import dev.adolink.server.workitems.LinkedWorkItem;
import dev.adolink.server.workitems.LinkedWorkItems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes status and assignee rows to ADO: per work item only the latest value of each field, one
 * PATCH for a single work item, else {@code $batch} requests of up to 200 work items. A state ADO
 * refuses for the work item's type is replaced by a state of the right category (recorded as {@code
 * fallback}); an assignee without a matching ADO user is a recorded failure.
 */
@Component
class OutboundFields {

  private final LinkedWorkItems links;
  private final SyncUsers users;
  private final WorkItemStates states;
  private final OutboundOutcomes outcomes;
  private final OutboundSender sender;

  OutboundFields(
      LinkedWorkItems links,
      SyncUsers users,
      WorkItemStates states,
      OutboundOutcomes outcomes,
      OutboundSender sender) {
    this.links = links;
    this.users = users;
    this.states = states;
    this.outcomes = outcomes;
    this.sender = sender;
  }

  void write(Installation installation, SyncConfig config, List<Outbox.Row> rows) {
    Settled settled = new Settled();
    List<OutboundWrite> writes = plan(installation, config, rows, settled);
    outcomes.settle(installation.id(), settled);
    List<OutboundWrite> refused = sender.send(installation, writes, Map.of());
    if (refused.isEmpty()) {
      return;
    }
    Map<OutboundWrite, String> fallbacks = new HashMap<>();
    List<OutboundWrite> retried = new ArrayList<>();
    for (OutboundWrite write : refused) {
      LinkedWorkItem item = write.item();
      Optional<String> fallback;
      try {
        fallback =
            states.fallback(
                installation.id(), item.adoProjectId(), item.workItemType(), write.resolves());
      } catch (InstallationPausedException e) {
        outcomes.release(write.rows());
        throw e;
      } catch (AzureDevOpsException e) {
        outcomes.failed(installation.id(), write.rows(), e);
        continue;
      }
      if (fallback.isEmpty() || fallback.get().equalsIgnoreCase(write.state())) {
        write
            .rows()
            .forEach(
                row ->
                    settled.finish(
                        row,
                        OutboundOutcomes.field(row),
                        write.state(),
                        Result.FAILED,
                        "Azure DevOps refused the state '"
                            + write.state()
                            + "' for "
                            + item.workItemType()
                            + " and the type has no other state of that category"));
        continue;
      }
      OutboundWrite instead = write.withState(fallback.get());
      fallbacks.put(instead, String.valueOf(write.state()));
      retried.add(instead);
    }
    outcomes.settle(installation.id(), settled);
    sender.send(installation, retried, fallbacks);
  }

  private List<OutboundWrite> plan(
      Installation installation, SyncConfig config, List<Outbox.Row> rows, Settled settled) {
    Map<Integer, Outbox.Row[]> latest = new LinkedHashMap<>();
    for (Outbox.Row row : rows) {
      Outbox.Row[] fields = latest.computeIfAbsent(row.workItemId(), id -> new Outbox.Row[2]);
      int slot = row.kind() == Outbox.Kind.STATUS ? 0 : 1;
      if (fields[slot] != null) {
        settled.finish(
            fields[slot],
            OutboundOutcomes.field(row),
            null,
            Result.SUPERSEDED,
            "a later change to the same field replaced it before it was sent");
      }
      fields[slot] = row;
    }
    List<OutboundWrite> writes = new ArrayList<>();
    latest.forEach(
        (workItemId, fields) -> {
          Optional<LinkedWorkItem> item = links.find(installation.id(), workItemId);
          if (item.isEmpty()) {
            for (Outbox.Row row : fields) {
              if (row != null) {
                settled.finish(
                    row,
                    OutboundOutcomes.field(row),
                    null,
                    Result.SKIPPED,
                    "not a linked work item");
              }
            }
            return;
          }
          Outbox.Row statusRow = fields[0];
          String state = statusRow == null ? null : state(config, item.get(), statusRow, settled);
          Outbox.Row assigneeRow = fields[1];
          String assignee = null;
          if (assigneeRow != null && !assigneeRow.payload().path("userId").isMissingNode()) {
            assignee = assignee(installation, assigneeRow, settled);
            if (assignee == null) {
              assigneeRow = null;
            }
          }
          if (state != null || assigneeRow != null) {
            writes.add(
                new OutboundWrite(
                    item.get(), state == null ? null : statusRow, state, assigneeRow, assignee));
          }
        });
    return writes;
  }

  private @Nullable String state(
      SyncConfig config, LinkedWorkItem item, Outbox.Row row, Settled settled) {
    Optional<StatusMapping> mapping = config.mapping(item.adoProjectId(), item.workItemType());
    if (mapping.isEmpty()) {
      settled.finish(
          row,
          Field.STATUS,
          null,
          Result.SKIPPED,
          "no state is mapped for ADO project " + item.adoProjectId());
      return null;
    }
    boolean resolve = "resolved".equals(row.payload().path("status").asString());
    return resolve ? mapping.get().onResolve() : mapping.get().onUnresolve();
  }

  /** The ADO identity to assign to; {@code null} when there is none (recorded) or for now. */
  private @Nullable String assignee(Installation installation, Outbox.Row row, Settled settled) {
    UserRef user =
        new UserRef(
            row.payload().path("userId").asLong(),
            row.payload().path("email").asString(""),
            row.payload().path("name").asString(""));
    Optional<Identity> identity;
    try {
      identity = users.adoIdentity(installation, user);
    } catch (InstallationPausedException e) {
      throw e;
    } catch (AzureDevOpsException e) {
      outcomes.failed(installation.id(), List.of(row), e);
      return null;
    }
    if (identity.isEmpty()) {
      settled.finish(
          row,
          Field.ASSIGNEE,
          user.email(),
          Result.FAILED,
          "no Azure DevOps user matches " + user.email() + "; map the user to an ADO identity");
      return null;
    }
    return SyncUsers.fieldValue(identity.get());
  }
}
