package dev.adolink.server.workitems;

import dev.adolink.server.tracker.ActivityType;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.IssueRef;
import dev.adolink.server.tracker.IssueService;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which work items are linked to which issues. Many issues may link one work item, and one issue
 * may link several work items. Every change is recorded in the issue's activity log and published
 * as a {@link WorkItemLinked} or {@link WorkItemUnlinked} event in the same transaction.
 *
 * <pre>{@code
 * for (LinkedWorkItem item : links.linksOf(issue.id())) { ... }       // outbound sync
 * List<Long> issueIds = links.issuesLinkedTo(installation.id(), 12);   // inbound sync
 * links.unlinkAll(installation.id(), 12);                              // workitem.deleted
 * links.restore(installation.id(), 12);                                // workitem.restored
 * }</pre>
 */
@Service
public class LinkedWorkItems {

  private final LinkRepository links;
  private final IssueService issues;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LinkedWorkItems(
      LinkRepository links, IssueService issues, ApplicationEventPublisher events, Clock clock) {
    this.links = links;
    this.issues = issues;
    this.events = events;
    this.clock = clock;
  }

  /** The work items linked to an issue, oldest link first (links of suspended ones left out). */
  public List<LinkedWorkItem> linksOf(long issueId) {
    return links.linksOf(issueId);
  }

  /** What adolink stored of a work item it linked, whether or not a link remains. */
  public Optional<LinkedWorkItem> find(long installationId, int workItemId) {
    return links.find(installationId, workItemId).map(LinkRepository.Row::workItem);
  }

  /** The ids of the issues linked to a work item (in the installation's tracker organization). */
  public List<Long> issuesLinkedTo(long installationId, int workItemId) {
    return links
        .find(installationId, workItemId)
        .map(row -> links.issues(row.id(), false))
        .orElse(List.of());
  }

  /**
   * Locks the stored work item until the caller's transaction ends, so that changes brought in from
   * ADO for one work item (e.g. the {@code workitem.updated} and {@code workitem.commented}
   * deliveries of one comment, handled by two job threads) apply one after the other. Must run in a
   * transaction; nothing happens for a work item adolink never linked.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lock(long installationId, int workItemId) {
    links.lockAll(installationId, List.of(workItemId));
  }

  /**
   * Locks several stored work items as {@link #lock} does one (in one statement, in a fixed order
   * so that two callers cannot deadlock), e.g. while outbound writes to them are claimed.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockAll(long installationId, Collection<Integer> workItemIds) {
    links.lockAll(installationId, workItemIds);
  }

  /**
   * Which of these work items were deleted in ADO: their links are suspended and none is active.
   */
  public Set<Integer> deletedAmong(long installationId, Collection<Integer> workItemIds) {
    return links.deletedAmong(installationId, workItemIds);
  }

  /**
   * The work item was deleted in ADO: its links are suspended (hidden and not synced) until it is
   * restored. Returns the issues that were linked.
   */
  @Transactional
  public List<Long> unlinkAll(long installationId, int workItemId) {
    return changeAll(installationId, workItemId, false);
  }

  /** The work item was restored in ADO: the links {@link #unlinkAll} suspended come back. */
  @Transactional
  public List<Long> restore(long installationId, int workItemId) {
    return changeAll(installationId, workItemId, true);
  }

  private List<Long> changeAll(long installationId, int workItemId, boolean restore) {
    Optional<LinkRepository.Row> found = links.find(installationId, workItemId);
    if (found.isEmpty()) {
      return List.of();
    }
    LinkRepository.Row row = found.get();
    LinkedWorkItem item = row.workItem();
    links.lock(row.id());
    List<Long> changed =
        restore ? links.resume(row.id()) : links.suspend(row.id(), clock.instant());
    ChangeSource source = ChangeSource.integration(installationId);
    for (long issueId : changed) {
      IssueRef issue = issues.get(row.organizationId(), issueId).ref();
      if (restore) {
        record(issue, ActivityType.LINK_ISSUE, item, "restored", source);
        events.publishEvent(
            new WorkItemLinked(issue, item, WorkItemLinked.Reason.RESTORED, source));
      } else {
        record(issue, ActivityType.UNLINK_ISSUE, item, "deleted", source);
        events.publishEvent(
            new WorkItemUnlinked(issue, item, WorkItemUnlinked.Reason.DELETED, source));
      }
    }
    return changed;
  }

  /**
   * Stores what ADO now says of a linked work item (title, description, area path), e.g. after a
   * {@code workitem.updated} delivery. Nothing happens for a work item adolink never linked.
   */
  @Transactional
  public void refresh(
      long installationId,
      int workItemId,
      String title,
      @Nullable String description,
      String areaPath) {
    links
        .find(installationId, workItemId)
        .map(LinkRepository.Row::workItem)
        .ifPresent(
            item ->
                links.update(
                    new LinkedWorkItem(
                        installationId,
                        workItemId,
                        item.adoProjectId(),
                        item.workItemType(),
                        title,
                        description,
                        LinkedWorkItem.displayName(areaPath, workItemId),
                        item.url(),
                        null),
                    clock.instant()));
  }

  /**
   * Stores the state and assignee a delivery of the work item showed (a later revision's stays).
   * Nothing happens for a work item adolink never linked.
   */
  @Transactional
  public void seen(long installationId, int workItemId, WorkItemSeen seen) {
    links.seen(installationId, workItemId, seen);
  }

  /**
   * Links the work item to the issue and stores (or refreshes) its details. The installation must
   * belong to the issue's organization. {@code false} when it was linked already.
   */
  @Transactional
  boolean link(
      IssueRef issue, LinkedWorkItem item, WorkItemLinked.Reason reason, ChangeSource source) {
    LinkRepository.Row row = links.save(item, issue.organizationId(), clock.instant());
    if (!links.link(row.id(), issue.id(), clock.instant())) {
      return false;
    }
    ActivityType type =
        reason == WorkItemLinked.Reason.CREATED
            ? ActivityType.CREATE_ISSUE
            : ActivityType.LINK_ISSUE;
    record(issue, type, item, reason.name().toLowerCase(java.util.Locale.ROOT), source);
    events.publishEvent(new WorkItemLinked(issue, item, reason, source));
    return true;
  }

  /** Removes the link; {@code false} when there was none. */
  @Transactional
  boolean unlink(IssueRef issue, long installationId, int workItemId, ChangeSource source) {
    Optional<LinkRepository.Row> row = links.find(installationId, workItemId);
    if (row.isEmpty() || !links.unlink(row.get().id(), issue.id())) {
      return false;
    }
    LinkedWorkItem item = row.get().workItem();
    record(issue, ActivityType.UNLINK_ISSUE, item, "unlinked", source);
    events.publishEvent(
        new WorkItemUnlinked(issue, item, WorkItemUnlinked.Reason.UNLINKED, source));
    return true;
  }

  private void record(
      IssueRef issue, ActivityType type, LinkedWorkItem item, String reason, ChangeSource source) {
    Map<String, @Nullable Object> data = new HashMap<>();
    data.put("provider", "vsts");
    data.put("integrationId", String.valueOf(item.installationId()));
    data.put("key", item.key());
    data.put("title", item.title());
    data.put("displayName", item.displayName());
    data.put("url", item.url());
    data.put("reason", reason);
    issues.recordExternalIssue(issue, type, data, source);
  }
}
