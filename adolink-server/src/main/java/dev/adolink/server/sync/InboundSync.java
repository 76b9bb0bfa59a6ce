package dev.adolink.server.sync;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.jobs.RetryLater;
import dev.adolink.server.sync.SyncLog.Entry;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.webhooks.Delivery;
import dev.adolink.server.webhooks.DeliveryHandler;
import dev.adolink.server.workitems.LinkedWorkItem;
import dev.adolink.server.workitems.LinkedWorkItems;
import dev.adolink.server.workitems.WorkItemSeen;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Applies {@code workitem.*} deliveries to the issues linked to the work item (ADO → tracker), with
 * the installation as the change's source, so that the change is not sent back. Every action is
 * recorded in the sync log. ADO is asked what is needed (state categories, comments) before the
 * tracker is touched; if it cannot be asked, nothing changes and the delivery is retried.
 *
 * <p>Echoes: a delivery of a revision adolink wrote is left alone; one that arrives while adolink
 * is writing to the same work item waits until the write is recorded.
 */
@Component
class InboundSync implements DeliveryHandler {

  private static final Duration WAIT_FOR_WRITE = Duration.ofSeconds(2);
  private static final List<String> REFRESHED =
      List.of("System.Title", "System.AreaPath", "System.Description");

  private final Installations installations;
  private final LinkedWorkItems links;
  private final InboundFields fields;
  private final SyncedFields syncedFields;
  private final InboundComments comments;
  private final Echoes echoes;
  private final SyncLog log;
  private final TransactionTemplate transactions;
  private final Clock clock;

  InboundSync(
      Installations installations,
      LinkedWorkItems links,
      InboundFields fields,
      SyncedFields syncedFields,
      InboundComments comments,
      Echoes echoes,
      SyncLog log,
      TransactionTemplate transactions,
      Clock clock) {
    this.installations = installations;
    this.links = links;
    this.fields = fields;
    this.syncedFields = syncedFields;
    this.comments = comments;
    this.echoes = echoes;
    this.log = log;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of(
        WorkItemEvent.UPDATED,
        WorkItemEvent.COMMENTED,
        WorkItemEvent.DELETED,
        WorkItemEvent.RESTORED);
  }

  @Override
  public Optional<String> malformed(JsonNode payload) {
    return WorkItemEvent.malformed(payload);
  }

  @Override
  public void handle(Delivery delivery) {
    WorkItemEvent item = WorkItemEvent.read(delivery.payload());
    Installation installation = delivery.installation();
    if (item.workItemId() == 0) {
      return;
    }
    switch (item.eventType()) {
      case WorkItemEvent.DELETED -> deleted(installation, item.workItemId());
      case WorkItemEvent.RESTORED -> restored(installation, item.workItemId());
      default -> changed(installation, item);
    }
  }

  private void changed(Installation installation, WorkItemEvent item) {
    List<Long> issueIds = links.issuesLinkedTo(installation.id(), item.workItemId());
    if (issueIds.isEmpty()) {
      return;
    }
    boolean update = item.eventType().equals(WorkItemEvent.UPDATED);
    if (isEcho(installation, item, issueIds)) {
      return;
    }
    SyncConfig config = installations.config(installation.id());
    Optional<LinkedWorkItem> known =
        item.projectId() != null && item.workItemType().isPresent()
            ? Optional.empty()
            : links.find(installation.id(), item.workItemId());
    String project =
        item.projectId() != null
            ? item.projectId()
            : known.map(LinkedWorkItem::adoProjectId).orElse(null);
    String type = item.workItemType().orElse(known.map(LinkedWorkItem::workItemType).orElse(null));
    if (project == null || type == null) {
      return;
    }
    List<InboundChange> changes = new ArrayList<>();
    if (update) {
      changes.addAll(fields.decide(installation, config, item, project, type, issueIds));
    }
    boolean announcesComment = !update || item.change(WorkItemEvent.HISTORY).isPresent();
    if (announcesComment || comments.follows(installation, config, item.workItemId())) {
      changes.add(
          comments.reconcile(installation, config, item, project, issueIds, announcesComment));
    }
    if (update && REFRESHED.stream().anyMatch(f -> item.change(f).isPresent())) {
      changes.add(refresh(installation, item));
    }
    transactions.executeWithoutResult(
        status -> {
          links.lock(installation.id(), item.workItemId());
          WorkItemSeen.from(item, clock.instant())
              .ifPresent(seen -> links.seen(installation.id(), item.workItemId(), seen));
          // asked again under the lock: a write that started since must not be overtaken
          if (isEcho(installation, item, issueIds)) {
            return;
          }
          List<Entry> entries = new ArrayList<>();
          changes.forEach(change -> entries.addAll(change.apply()));
          SyncActor actor = SyncActor.changedBy(item.changedBy());
          log.record(installation.id(), entries.stream().map(e -> e.by(actor)).toList());
        });
  }

  /**
   * Whether the delivery announces adolink's own write (logged as an echo); throws {@link
   * RetryLater} while a write to the work item is in flight, so that the delivery is decided after
   * it (and after the pairing of a comment adolink is posting).
   */
  private boolean isEcho(Installation installation, WorkItemEvent item, List<Long> issueIds) {
    boolean update = item.eventType().equals(WorkItemEvent.UPDATED);
    switch (echoes.check(installation.id(), item.workItemId(), update ? item.rev() : 0)) {
      case IN_FLIGHT ->
          throw new RetryLater(
              "adolink is writing to work item " + item.workItemId() + "; its delivery waits",
              WAIT_FOR_WRITE);
      case ECHO -> {
        SyncActor actor = SyncActor.changedBy(item.changedBy());
        log.record(
            installation.id(), echoes(item, issueIds).stream().map(e -> e.by(actor)).toList());
        WorkItemSeen.from(item, clock.instant())
            .ifPresent(seen -> links.seen(installation.id(), item.workItemId(), seen));
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** The link shows the work item's title and area path: keep them current. */
  private InboundChange refresh(Installation installation, WorkItemEvent item) {
    JsonNode fields = item.fields();
    String title = fields.path("System.Title").asString("");
    String area = fields.path("System.AreaPath").asString("");
    JsonNode description = fields.path("System.Description");
    if (title.isBlank() || area.isBlank()) {
      return InboundChange.NONE;
    }
    return () -> {
      links.refresh(
          installation.id(),
          item.workItemId(),
          title,
          description.isString() ? description.asString() : null,
          area);
      return List.of();
    };
  }

  private List<Entry> echoes(WorkItemEvent item, List<Long> issueIds) {
    List<Entry> entries = new ArrayList<>();
    for (long issueId : issueIds) {
      for (SyncedField field : syncedFields.all()) {
        item.change(field.adoField())
            .ifPresent(c -> entries.add(echo(issueId, item, field.logField(), c)));
      }
    }
    return entries;
  }

  private static Entry echo(
      long issueId, WorkItemEvent item, Field field, WorkItemEvent.Change change) {
    return Entry.inbound(
        issueId,
        item.workItemId(),
        field,
        change.oldText(),
        change.newText(),
        Result.ECHO,
        "revision " + item.rev() + " was written by adolink");
  }

  /** {@code workitem.deleted}: the work item's links are suspended. */
  private void deleted(Installation installation, int workItemId) {
    transactions.executeWithoutResult(
        status ->
            logLinks(
                installation,
                workItemId,
                links.unlinkAll(installation.id(), workItemId),
                "linked",
                null));
  }

  /** {@code workitem.restored}: the links it had are back. */
  private void restored(Installation installation, int workItemId) {
    transactions.executeWithoutResult(
        status ->
            logLinks(
                installation,
                workItemId,
                links.restore(installation.id(), workItemId),
                null,
                "linked"));
  }

  private void logLinks(
      Installation installation,
      int workItemId,
      List<Long> issueIds,
      @Nullable String before,
      @Nullable String after) {
    log.record(
        installation.id(),
        issueIds.stream()
            .map(
                issueId ->
                    Entry.inbound(
                        issueId, workItemId, Field.LINK, before, after, Result.APPLIED, null))
            .toList());
  }
}
