package dev.adolink.server.sync;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.OutboundOutcomes.Settled;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.sync.SyncedField.FieldWrite;
import dev.adolink.server.workitems.LinkedWorkItem;
import dev.adolink.server.workitems.LinkedWorkItems;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes the rows of the {@link SyncedField}s to ADO: per work item only the latest value of each
 * field, one PATCH for a single work item, else {@code $batch} requests of up to 200 work items. A
 * value ADO refuses for the work item's type may be replaced by the field's fallback (recorded as
 * {@code fallback}, e.g. a state of the right category).
 */
@Component
class OutboundFields {

  private final LinkedWorkItems links;
  private final SyncedFields fields;
  private final OutboundOutcomes outcomes;
  private final OutboundSender sender;

  OutboundFields(
      LinkedWorkItems links,
      SyncedFields fields,
      OutboundOutcomes outcomes,
      OutboundSender sender) {
    this.links = links;
    this.fields = fields;
    this.outcomes = outcomes;
    this.sender = sender;
  }

  void write(Installation installation, SyncConfig config, List<Outbox.Row> rows) {
    Settled settled = new Settled();
    List<OutboundWrite> writes = plan(installation, config, rows, settled);
    outcomes.settle(installation.id(), settled);
    List<OutboundSender.Refused> refused = sender.send(installation, writes, Map.of());
    if (refused.isEmpty()) {
      return;
    }
    Map<FieldWrite, String> fallbacks = new HashMap<>();
    List<OutboundWrite> retried = new ArrayList<>();
    for (OutboundSender.Refused refusal : refused) {
      OutboundWrite write = refusal.write();
      FieldWrite field = refusal.field();
      SyncedField.Fallback fallback;
      try {
        fallback = field.field().fallback(installation, write.item(), field);
      } catch (InstallationPausedException e) {
        outcomes.release(write.rows());
        throw e;
      } catch (AzureDevOpsException e) {
        outcomes.failed(installation.id(), write.rows(), e);
        continue;
      }
      if (fallback.instead() == null) {
        write
            .rows()
            .forEach(
                row ->
                    settled.finish(
                        row,
                        OutboundOutcomes.field(row),
                        field.value(),
                        Result.FAILED,
                        fallback.note()));
        continue;
      }
      fallbacks.put(fallback.instead(), fallback.note());
      retried.add(write.with(fallback.instead()));
    }
    outcomes.settle(installation.id(), settled);
    sender.send(installation, retried, fallbacks);
  }

  private List<OutboundWrite> plan(
      Installation installation, SyncConfig config, List<Outbox.Row> rows, Settled settled) {
    Map<Integer, Map<Outbox.Kind, Outbox.Row>> latest = new LinkedHashMap<>();
    for (Outbox.Row row : rows) {
      Outbox.Row earlier =
          latest
              .computeIfAbsent(row.workItemId(), id -> new EnumMap<>(Outbox.Kind.class))
              .put(row.kind(), row);
      if (earlier != null) {
        settled.finish(
            earlier,
            OutboundOutcomes.field(row),
            null,
            Result.SUPERSEDED,
            "a later change to the same field replaced it before it was sent");
      }
    }
    List<OutboundWrite> writes = new ArrayList<>();
    latest.forEach(
        (workItemId, byKind) -> {
          Optional<LinkedWorkItem> item = links.find(installation.id(), workItemId);
          if (item.isEmpty()) {
            byKind
                .values()
                .forEach(
                    row ->
                        settled.finish(
                            row,
                            OutboundOutcomes.field(row),
                            null,
                            Result.SKIPPED,
                            "not a linked work item"));
            return;
          }
          List<FieldWrite> planned = new ArrayList<>();
          for (Outbox.Row row : byKind.values()) {
            outbound(installation, config, item.get(), row, settled).ifPresent(planned::add);
          }
          if (!planned.isEmpty()) {
            writes.add(new OutboundWrite(item.get(), planned));
          }
        });
    return writes;
  }

  private Optional<FieldWrite> outbound(
      Installation installation,
      SyncConfig config,
      LinkedWorkItem item,
      Outbox.Row row,
      Settled settled) {
    try {
      return fields.of(row.kind()).outbound(installation, config, item, row, settled);
    } catch (InstallationPausedException e) {
      throw e;
    } catch (AzureDevOpsException e) {
      outcomes.failed(installation.id(), List.of(row), e);
      return Optional.empty();
    }
  }
}
