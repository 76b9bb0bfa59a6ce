package dev.adolink.server.sync;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.azure.wit.Comment;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.CommentLinks.CommentLink;
import dev.adolink.server.sync.CommentLinks.Origin;
import dev.adolink.server.sync.SyncLog.Entry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Brings a work item's ADO comments to its linked issues ({@code sync_comments}): ADO announces new
 * comments ({@code workitem.commented}, {@code System.History} in an update) but not edits or
 * deletions, so every such delivery reconciles the work item's comments with what was brought in
 * before. New comments (the one the delivery announces and newer ones: older ones predate the link)
 * become issue comments by the mapped user or, failing one, under the ADO display name; edited ones
 * (a higher {@code version}) and deleted ones follow. Comments adolink wrote to ADO are skipped.
 */
@Component
class InboundComments {

  /** How far apart a comment's creation and its revision's change date may be. */
  private static final Duration SAME_REVISION = Duration.ofSeconds(1);

  private final Installations installations;
  private final CommentLinks links;
  private final IssueComments issueComments;

  InboundComments(Installations installations, CommentLinks links, IssueComments issueComments) {
    this.installations = installations;
    this.links = links;
    this.issueComments = issueComments;
  }

  /**
   * Whether any other change to the work item should reconcile its comments: ADO sends nothing for
   * comment edits and deletions, so they are looked for with every change once comments were
   * paired.
   */
  boolean follows(Installation installation, SyncConfig config, int workItemId) {
    return config.comments() && links.anyOfWorkItem(installation.id(), workItemId);
  }

  /**
   * Reads the work item's comments from ADO (a failure propagates: retried later).
   *
   * @param announcesComment whether the delivery announces a comment ({@code workitem.commented}, a
   *     {@code System.History} change): only then are unknown comments brought in
   */
  InboundChange reconcile(
      Installation installation,
      SyncConfig config,
      WorkItemEvent delivery,
      String projectId,
      List<Long> issueIds,
      boolean announcesComment) {
    if (!config.comments()) {
      return InboundChange.NONE;
    }
    // only pairings made before ADO was asked can be missing from its answer because deleted
    Set<Long> pairedBefore =
        links.ofWorkItem(installation.id(), delivery.workItemId()).stream()
            .map(CommentLink::id)
            .collect(Collectors.toSet());
    List<Comment> current =
        installations
            .client(installation)
            .workItems()
            .comments(projectId, delivery.workItemId())
            .toList();
    // a change that announces no comment only follows edits and deletions of paired ones
    Predicate<Comment> announced = announcesComment ? announced(delivery) : comment -> false;
    return () ->
        apply(installation, delivery.workItemId(), current, pairedBefore, announced, issueIds);
  }

  /**
   * Whether an unknown ADO comment is one to bring in: the comment the delivery announces (made
   * with its revision, with its {@code System.History} text) or a newer one. Older unknown comments
   * predate the link.
   */
  private static Predicate<Comment> announced(WorkItemEvent delivery) {
    Optional<Instant> changed = delivery.changedDate();
    String history =
        delivery
            .change(WorkItemEvent.HISTORY)
            .map(WorkItemEvent.Change::newText)
            .orElse(delivery.fields().path(WorkItemEvent.HISTORY).asString(null));
    if (changed.isEmpty()) {
      return comment -> true;
    }
    Instant at = changed.get();
    return comment -> {
      Instant created = comment.createdDate();
      if (created == null || created.isAfter(at.plus(SAME_REVISION))) {
        return true;
      }
      boolean sameRevision = !created.isBefore(at.minus(SAME_REVISION));
      return sameRevision
          && (history == null
              || HtmlText.plain(history).equals(HtmlText.plain(String.valueOf(comment.text()))));
    };
  }

  private List<Entry> apply(
      Installation installation,
      int workItemId,
      List<Comment> current,
      Set<Long> pairedBefore,
      Predicate<Comment> announced,
      List<Long> issueIds) {
    Map<Integer, List<CommentLink>> known =
        links.ofWorkItem(installation.id(), workItemId).stream()
            .collect(Collectors.groupingBy(CommentLink::adoCommentId));
    List<Entry> entries = new ArrayList<>();
    for (Comment comment : current) {
      if (comment.isDeleted()) {
        continue;
      }
      List<CommentLink> linked = known.remove(comment.id());
      if (linked == null) {
        if (announced.test(comment)) {
          entries.addAll(issueComments.add(installation, workItemId, comment, issueIds));
        }
      } else {
        linked.stream()
            .filter(link -> link.origin() == Origin.ADO && link.adoVersion() < comment.version())
            .forEach(link -> entries.addAll(issueComments.edit(installation, link, comment)));
      }
    }
    known.values().stream()
        .flatMap(List::stream)
        .filter(link -> pairedBefore.contains(link.id()))
        .forEach(link -> entries.addAll(issueComments.deleted(installation, link)));
    return entries;
  }
}
