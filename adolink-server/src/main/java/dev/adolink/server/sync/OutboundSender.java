package dev.adolink.server.sync;

import dev.adolink.azure.Organization;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.RuleValidationException;
import dev.adolink.azure.error.UnauthorizedException;
import dev.adolink.azure.wit.BatchResult;
import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemApi;
import dev.adolink.azure.wit.WorkItemBatch;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.sync.OutboundOutcomes.Settled;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.sync.SyncedField.FieldWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

  /** A write ADO refused for one field's value, which may fall back. */
  record Refused(OutboundWrite write, FieldWrite field) {}

  /**
   * @param fallbacks field writes that replace values ADO refused, with the note of each: recorded
   *     as {@code fallback}, and not replaced again
   * @return the writes ADO refused for a field's value (their rows still in flight), when they may
   *     fall back
   */
  List<Refused> send(
      Installation installation, List<OutboundWrite> writes, Map<FieldWrite, String> fallbacks) {
    List<Refused> refused = new ArrayList<>();
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
        Optional<FieldWrite> refusedField =
            result == null || isFallback(write, fallbacks)
                ? Optional.empty()
                : write.fields().stream().filter(f -> f.field().refused(result)).findFirst();
        if (result != null && result.isSuccess()) {
          WorkItem item = result.workItem();
          settled.revisions.add(new WrittenRevisions.Revision(item.id(), item.rev()));
          for (FieldWrite field : write.fields()) {
            settled.fields.add(
                new InboundRevisions.Written(item.id(), field.field().logField(), item.rev()));
            String note = fallbacks.get(field);
            settled.finish(
                field.row(),
                field.field().logField(),
                field.value(),
                note == null ? Result.APPLIED : Result.FALLBACK,
                note);
          }
        } else if (refusedField.isPresent()) {
          refused.add(new Refused(write, refusedField.get()));
        } else if (result != null && result.failure() instanceof BatchResult.NotFound) {
          missing.addAll(write.rows());
          missingError = describe(result);
        } else {
          String error = result == null ? "no result from $batch" : describe(result);
          String sentence = sentence(result);
          write
              .rows()
              .forEach(
                  row ->
                      settled.finish(
                          row, OutboundOutcomes.field(row), null, Result.FAILED, error, sentence));
        }
      }
      outcomes.settle(installation.id(), settled);
      if (!missing.isEmpty()) {
        outcomes.missing(installation.id(), missing, missingError);
      }
    }
    return refused;
  }

  private static boolean isFallback(OutboundWrite write, Map<FieldWrite, String> fallbacks) {
    return write.fields().stream().anyMatch(fallbacks::containsKey);
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
        List<String> ruleFields =
            e instanceof RuleValidationException rule
                ? rule.violations().stream()
                    .map(RuleValidationException.Violation::fieldReferenceName)
                    .filter(Objects::nonNull)
                    .toList()
                : List.of();
        return List.of(
            new BatchResult(e.status(), null, e.typeKey(), e.serverMessage(), ruleFields));
      }
    }
    WorkItemBatch.Builder batch = WorkItemBatch.builder();
    chunk.forEach(write -> batch.update(write.item().workItemId(), write.patch()));
    return ado.workItems().batch(batch.build());
  }

  private static String describe(BatchResult result) {
    return "Azure DevOps answered "
        + result.status()
        + (result.typeKey() == null ? "" : " " + result.typeKey())
        + (result.message() == null ? "" : ": " + result.message());
  }

  /** A refusal in people's words; {@link #describe} keeps the detail for the log. */
  static String sentence(@Nullable BatchResult result) {
    if (result == null) {
      return "Azure DevOps did not say whether it made the change, so adolink gave up on it. Use"
          + " Retry now on the issue to send it again.";
    }
    String said = result.message() == null ? "" : ": " + stripped(result.message());
    return "Azure DevOps refused the change"
        + said
        + ". Check the work item in Azure DevOps (a rule may require a field or limit its values),"
        + " then use Retry now on the issue.";
  }

  private static String stripped(String message) {
    String text = message.strip();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
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
