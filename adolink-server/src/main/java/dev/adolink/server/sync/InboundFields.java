package dev.adolink.server.sync;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.azure.hooks.WorkItemEvent.Change;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.SyncLog.Entry;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.sync.SyncedField.Inbound;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The field parts of a {@code workitem.updated} delivery: each {@link SyncedField} whose ADO field
 * changed and whose reverse flag is on decides, and its change is applied to every issue linked to
 * the work item, in revision order, replacing the issues' changes of that field still waiting to be
 * written.
 */
@Component
class InboundFields {

  private final IssueService issues;
  private final InboundRevisions revisions;
  private final Outbox outbox;
  private final SyncedFields fields;

  InboundFields(
      IssueService issues, InboundRevisions revisions, Outbox outbox, SyncedFields fields) {
    this.issues = issues;
    this.revisions = revisions;
    this.outbox = outbox;
    this.fields = fields;
  }

  /**
   * The changes of every synced field; a field's decision may ask ADO (cached), and an ADO failure
   * propagates: nothing is decided, the delivery is retried.
   */
  List<InboundChange> decide(
      Installation installation,
      SyncConfig config,
      WorkItemEvent delivery,
      String projectId,
      String type,
      List<Long> issueIds) {
    List<InboundChange> changes = new ArrayList<>();
    for (SyncedField field : fields.all()) {
      changes.add(decide(field, installation, config, delivery, projectId, type, issueIds));
    }
    return changes;
  }

  private InboundChange decide(
      SyncedField field,
      Installation installation,
      SyncConfig config,
      WorkItemEvent delivery,
      String projectId,
      String type,
      List<Long> issueIds) {
    Optional<Change> change = delivery.change(field.adoField());
    if (change.isEmpty() || !field.reverse(config)) {
      return InboundChange.NONE;
    }
    Inbound decision = field.inbound(installation, config, change.get(), projectId, type);
    if (decision instanceof Inbound.LogOnly log) {
      return inOrder(
          installation,
          delivery,
          field,
          change.get(),
          issueIds,
          false,
          InboundChange.logOnly(
              forEach(
                  issueIds,
                  delivery,
                  field.logField(),
                  log.oldValue(),
                  log.newValue(),
                  log.result(),
                  log.reason())));
    }
    if (!(decision instanceof Inbound.Apply apply)) {
      return InboundChange.NONE;
    }
    InboundChange applied =
        () -> {
          List<Issue> before = current(installation, issueIds);
          issues.update(
              installation.organizationId(),
              issueIds,
              apply.update(),
              ChangeSource.integration(installation.id()));
          return before.stream()
              .map(
                  issue -> {
                    String previous = apply.current().apply(issue);
                    return Entry.inbound(
                        issue.id(),
                        delivery.workItemId(),
                        field.logField(),
                        previous,
                        apply.target(),
                        Objects.equals(previous, apply.target())
                            ? Result.UNCHANGED
                            : Result.APPLIED,
                        null);
                  })
              .toList();
        };
    return inOrder(
        installation, delivery, field, change.get(), issueIds, field.forward(config), applied);
  }

  /**
   * The issues' changes of the field still waiting to be written to this work item, replaced by the
   * change from ADO (else the older tracker value would overwrite ADO's newer one, and the two
   * would disagree).
   */
  private List<Entry> supersedePending(
      Installation installation, WorkItemEvent delivery, SyncedField field) {
    return outbox.supersede(installation.id(), delivery.workItemId(), field.kind()).stream()
        .map(
            row ->
                Entry.outbound(
                    row.issueId(),
                    row.workItemId(),
                    field.logField(),
                    row.payload().logValue(),
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
      SyncedField field,
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
          revisions.claim(installation.id(), delivery.workItemId(), field.logField(), rev);
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
          field.logField(),
          fieldChange.oldText(),
          fieldChange.newText(),
          Result.SUPERSEDED,
          "revision " + rev + " arrived after revision " + newer.get());
    };
  }

  private List<Issue> current(Installation installation, List<Long> issueIds) {
    return issueIds.stream().map(id -> issues.get(installation.organizationId(), id)).toList();
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
