package dev.adolink.server.sync;

import dev.adolink.azure.Organization;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.UnauthorizedException;
import dev.adolink.azure.wit.BatchResult;
import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemApi;
import dev.adolink.azure.wit.WorkItemBatch;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.sync.OutboundOutcomes.Settled;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends field writes: a single work item as one PATCH, several through {@code $batch} in requests
 * of up to 200 (each request's results are recorded before the next is sent). Throttling and
 * outages fail the request's rows for a later attempt ({@code Retry-After} is honoured by the
 * client's gate and by the rows' due time); a 401 pauses the installation.
 */
@Component
class OutboundSender {

  private final Installations installations;
  private final OutboundOutcomes outcomes;

  OutboundSender(Installations installations, OutboundOutcomes outcomes) {
    this.installations = installations;
    this.outcomes = outcomes;
  }

  /**
   * @param fallbacks writes whose state replaces one ADO refused (the refused state by write):
   *     recorded as {@code fallback}, and not replaced again
   * @return the writes whose state ADO refused for the work item's type (their rows still in
   *     flight), when they may fall back
   */
  List<OutboundWrite> send(
      Installation installation, List<OutboundWrite> writes, Map<OutboundWrite, String> fallbacks) {
    List<OutboundWrite> refused = new ArrayList<>();
    for (int start = 0; start < writes.size(); start += WorkItemApi.BATCH_LIMIT) {
      List<OutboundWrite> planned =
          writes.subList(start, Math.min(writes.size(), start + WorkItemApi.BATCH_LIMIT));
      Set<Long> claimed =
          outcomes.sending(
              installation.id(), planned.stream().flatMap(w -> w.rows().stream()).toList());
      List<OutboundWrite> chunk = stillWanted(planned, claimed);
      if (chunk.isEmpty()) {
        continue;
      }
      List<BatchResult> results;
      try {
        results = request(installations.client(installation), chunk);
      } catch (InstallationPausedException e) {
        outcomes.release(rest(writes, start));
        throw e;
      } catch (UnauthorizedException e) {
        outcomes.release(rest(writes, start));
        throw installations.pause(
            installation, "Azure DevOps refused the credentials: " + e.getMessage());
      } catch (AzureDevOpsException e) {
        outcomes.failed(installation.id(), rest(writes, start), e);
        return refused;
      }
      Settled settled = new Settled();
      List<Outbox.Row> missing = new ArrayList<>();
      String missingError = null;
      for (int i = 0; i < chunk.size(); i++) {
        OutboundWrite write = chunk.get(i);
        BatchResult result = i < results.size() ? results.get(i) : null;
        if (result != null && result.isSuccess()) {
          WorkItem item = result.workItem();
          settled.revisions.add(new WrittenRevisions.Revision(item.id(), item.rev()));
          if (write.statusRow() != null && write.state() != null) {
            settled.fields.add(new InboundRevisions.Written(item.id(), Field.STATUS, item.rev()));
          }
          if (write.assigneeRow() != null) {
            settled.fields.add(new InboundRevisions.Written(item.id(), Field.ASSIGNEE, item.rev()));
          }
          applied(write, fallbacks.get(write), settled);
        } else if (result != null && !fallbacks.containsKey(write) && refusesState(write, result)) {
          refused.add(write);
        } else if (result != null && OutboundOutcomes.workItemMissing(result.message())) {
          missing.addAll(write.rows());
          missingError = describe(result);
        } else {
          String error = result == null ? "no result from $batch" : describe(result);
          write
              .rows()
              .forEach(
                  row ->
                      settled.finish(row, OutboundOutcomes.field(row), null, Result.FAILED, error));
        }
      }
      outcomes.settle(installation.id(), settled);
      if (!missing.isEmpty()) {
        outcomes.missing(installation.id(), missing, missingError);
      }
    }
    return refused;
  }

  private static List<BatchResult> request(Organization ado, List<OutboundWrite> chunk) {
    if (chunk.size() == 1) {
      OutboundWrite write = chunk.get(0);
      try {
        return List.of(
            new BatchResult(
                200, ado.workItems().update(write.item().workItemId(), write.patch()), null, null));
      } catch (AzureDevOpsException e) {
        if (e.isRetryable() || e instanceof UnauthorizedException || e.status() < 400) {
          throw e;
        }
        return List.of(new BatchResult(e.status(), null, e.typeKey(), e.serverMessage()));
      }
    }
    WorkItemBatch.Builder batch = WorkItemBatch.builder();
    chunk.forEach(write -> batch.update(write.item().workItemId(), write.patch()));
    return ado.workItems().batch(batch.build());
  }

  private static void applied(OutboundWrite write, @Nullable String refusedState, Settled settled) {
    if (write.statusRow() != null && write.state() != null) {
      settled.finish(
          write.statusRow(),
          SyncLog.Field.STATUS,
          write.state(),
          refusedState == null ? Result.APPLIED : Result.FALLBACK,
          refusedState == null
              ? null
              : "Azure DevOps refused '"
                  + refusedState
                  + "' for "
                  + write.item().workItemType()
                  + "; wrote '"
                  + write.state()
                  + "' instead, "
                  + (write.resolves()
                      ? "the type's first done state (category Resolved, else Completed)"
                      : "the type's first open state (category In Progress, else Proposed)"));
    }
    if (write.assigneeRow() != null) {
      settled.finish(
          write.assigneeRow(), SyncLog.Field.ASSIGNEE, write.assignee(), Result.APPLIED, null);
    }
  }

  /** ADO's TF401320 for {@code System.State} ("Rule Error for field State"). */
  private static boolean refusesState(OutboundWrite write, BatchResult result) {
    String message = result.message();
    return write.statusRow() != null
        && result.status() == 400
        && message != null
        && (message.contains("field State")
            || message.contains("System.State")
            || (message.contains("State") && message.contains("supported values")));
  }

  private static String describe(BatchResult result) {
    return "Azure DevOps answered "
        + result.status()
        + (result.typeKey() == null ? "" : " " + result.typeKey())
        + (result.message() == null ? "" : ": " + result.message());
  }

  /** The writes without the rows a change from ADO replaced meanwhile; empty writes dropped. */
  private static List<OutboundWrite> stillWanted(List<OutboundWrite> chunk, Set<Long> claimed) {
    List<OutboundWrite> wanted = new ArrayList<>();
    for (OutboundWrite write : chunk) {
      OutboundWrite kept = write.keeping(claimed);
      if (kept != null) {
        wanted.add(kept);
      }
    }
    return wanted;
  }

  private static List<Outbox.Row> rest(List<OutboundWrite> writes, int from) {
    return writes.subList(from, writes.size()).stream().flatMap(w -> w.rows().stream()).toList();
  }
}
