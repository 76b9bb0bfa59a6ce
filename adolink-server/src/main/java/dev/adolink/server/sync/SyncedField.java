package dev.adolink.server.sync;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.azure.wit.BatchResult;
import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.OutboundOutcomes.Settled;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueEvent;
import dev.adolink.server.tracker.IssueUpdate;
import dev.adolink.server.workitems.LinkedWorkItem;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field synced both ways between an issue and its work items (status, assignee, priority): its
 * sync log field, outbox kind and flags, what an issue change queues, the ADO value it becomes and
 * how that is written, and what a change in ADO does to the issue. Everything else (ordering,
 * echoes, batching, retries, superseding, the log) is shared, in {@link InboundFields}, {@link
 * OutboundFields}, {@link OutboundSender} and {@link OutboundListener}. Adding a field is one
 * implementation (a Spring component) plus its flags in {@code SyncConfig} and, if new, its tracker
 * event; SYNC.md says how.
 */
interface SyncedField {

  Outbox.Kind kind();

  default Field logField() {
    return kind().field();
  }

  /** The ADO field ({@code System.State}) whose change in a {@code workitem.updated} is decided. */
  String adoField();

  /** Whether the installation writes the issue's changes of this field to ADO. */
  boolean forward(SyncConfig config);

  /** Whether the installation applies ADO's changes of this field to the issue. */
  boolean reverse(SyncConfig config);

  /** What an issue change queues for this field; empty when the event is not this field's. */
  Optional<OutboxPayload> payload(IssueEvent event);

  /**
   * What the issue's value of this field queues now (a given-up write sent again); empty when that
   * value is not written to ADO.
   */
  Optional<OutboxPayload> current(Issue issue);

  /**
   * The write of a row to its work item; empty when there is nothing to write, the row then settled
   * (skipped or failed, with the reason) in {@code settled}. May ask ADO; its failures propagate
   * (the row is then retried or failed like a write).
   */
  Optional<FieldWrite> outbound(
      Installation installation,
      SyncConfig config,
      LinkedWorkItem item,
      Outbox.Row row,
      Settled settled);

  /** What the field's change in ADO does to the linked issues; may ask ADO (failures propagate). */
  Inbound inbound(
      Installation installation,
      SyncConfig config,
      WorkItemEvent.Change change,
      String projectId,
      String type);

  /** Whether ADO refused the write for this field's value in a way {@link #fallback} may answer. */
  default boolean refused(BatchResult result) {
    return false;
  }

  /**
   * What to write instead of a value ADO {@link #refused} for the work item's type: another write
   * (logged {@code fallback} with the note), or none (the row fails with the note). May ask ADO;
   * its failures propagate (the rows are then retried or failed like any write's).
   */
  default Fallback fallback(Installation installation, LinkedWorkItem item, FieldWrite refused) {
    return new Fallback(null, "Azure DevOps refused " + refused.value());
  }

  /**
   * @param instead the write to send instead, {@code null} for none
   * @param note why (logged with the result)
   */
  record Fallback(@Nullable FieldWrite instead, String note) {}

  /**
   * One field's write to a work item.
   *
   * @param value what the sync log shows as written (ADO's value)
   * @param patch adds the write to a work item's patch
   */
  record FieldWrite(
      SyncedField field,
      Outbox.Row row,
      @Nullable String value,
      Consumer<WorkItemPatch.Builder> patch) {}

  /** An inbound decision. */
  sealed interface Inbound {

    Inbound NONE = new Nothing();

    /** The change does not concern the issues. */
    record Nothing() implements Inbound {}

    /** Nothing changes; the log says why ({@code skipped}, {@code no_match}), with ADO's values. */
    record LogOnly(
        Result result, @Nullable String oldValue, @Nullable String newValue, String reason)
        implements Inbound {}

    /**
     * The issues are updated.
     *
     * @param current the issue's value, as the log shows it
     * @param target the value after the update, as the log shows it
     */
    record Apply(
        IssueUpdate update, Function<Issue, @Nullable String> current, @Nullable String target)
        implements Inbound {}
  }
}
