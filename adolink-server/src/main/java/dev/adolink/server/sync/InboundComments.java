package dev.adolink.server.sync;

import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.wit.Comment;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.CommentLinks.CommentLink;
import dev.adolink.server.sync.CommentLinks.Origin;
import dev.adolink.server.sync.SyncLog.Entry;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.CommentService;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final IssueService issues;
  private final CommentService comments;
  private final SyncUsers users;
  private final Clock clock;

  InboundComments(
      Installations installations,
      CommentLinks links,
      IssueService issues,
      CommentService comments,
      SyncUsers users,
      Clock clock) {
    this.installations = installations;
    this.links = links;
    this.issues = issues;
    this.comments = comments;
    this.users = users;
    this.clock = clock;
  }

  /** Reads the work item's comments from ADO (a failure propagates: retried later). */
  InboundChange reconcile(
      Installation installation,
      SyncConfig config,
      WorkItemDelivery delivery,
      String projectId,
      List<Long> issueIds) {
    if (!config.comments()) {
      return InboundChange.NONE;
    }
    List<Comment> current =
        installations
            .client(installation)
            .workItems()
            .comments(projectId, delivery.workItemId())
            .toList();
    Predicate<Comment> announced = announced(delivery);
    return () -> apply(installation, delivery.workItemId(), current, announced, issueIds);
  }

  /**
   * Whether an unknown ADO comment is one to bring in: the comment the delivery announces (made
   * with its revision, with its {@code System.History} text) or a newer one. Older unknown comments
   * predate the link.
   */
  private static Predicate<Comment> announced(WorkItemDelivery delivery) {
    Optional<Instant> changed = delivery.changedDate();
    String history =
        delivery
            .change(WorkItemDelivery.HISTORY)
            .map(WorkItemDelivery.Change::newText)
            .orElse(delivery.fields().path(WorkItemDelivery.HISTORY).asString(null));
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
          entries.addAll(add(installation, workItemId, comment, issueIds));
        }
      } else {
        linked.stream()
            .filter(link -> link.origin() == Origin.ADO && link.adoVersion() < comment.version())
            .forEach(link -> entries.addAll(edit(installation, link, comment)));
      }
    }
    known.values().stream()
        .flatMap(List::stream)
        .forEach(link -> entries.addAll(deleted(installation, link)));
    return entries;
  }

  private List<Entry> add(
      Installation installation, int workItemId, Comment comment, List<Long> issueIds) {
    String text = HtmlText.plain(String.valueOf(comment.text()));
    if (text.isBlank()) {
      return List.of();
    }
    Optional<Identity> author = Optional.ofNullable(comment.createdBy());
    UserRef user = author.flatMap(a -> users.trackerUser(installation, a)).orElse(null);
    String name = user != null ? null : author.map(Identity::label).orElse("Azure DevOps");
    List<Entry> entries = new ArrayList<>();
    for (long issueId : issueIds) {
      Issue issue = issues.get(installation.organizationId(), issueId);
      long commentId =
          comments
              .add(
                  issue,
                  user == null ? null : user.id(),
                  name,
                  text,
                  ChangeSource.integration(installation.id()))
              .id();
      links.add(
          installation.id(),
          workItemId,
          comment.id(),
          comment.version(),
          issueId,
          commentId,
          Origin.ADO,
          clock.instant());
      entries.add(
          Entry.inbound(issueId, workItemId, Field.COMMENT, null, text, Result.APPLIED, null));
    }
    return entries;
  }

  private List<Entry> edit(Installation installation, CommentLink link, Comment comment) {
    String text = HtmlText.plain(String.valueOf(comment.text()));
    links.updateVersion(link.id(), comment.version(), clock.instant());
    Optional<Issue> issue = issue(installation, link);
    if (text.isBlank() || issue.isEmpty()) {
      return List.of();
    }
    try {
      String before = comments.get(issue.get(), link.commentId()).text();
      comments.edit(
          issue.get(), link.commentId(), text, ChangeSource.integration(installation.id()));
      return List.of(
          Entry.inbound(
              link.issueId(),
              link.workItemId(),
              Field.COMMENT,
              before,
              text,
              before.equals(text) ? Result.UNCHANGED : Result.APPLIED,
              null));
    } catch (ApiException gone) {
      links.delete(link.id());
      return List.of();
    }
  }

  private List<Entry> deleted(Installation installation, CommentLink link) {
    links.delete(link.id());
    if (link.origin() == Origin.TRACKER) {
      return List.of(
          Entry.inbound(
              link.issueId(),
              link.workItemId(),
              Field.COMMENT,
              null,
              null,
              Result.SKIPPED,
              "deleted in Azure DevOps; the issue comment it was written from stays"));
    }
    Optional<Issue> issue = issue(installation, link);
    if (issue.isEmpty()) {
      return List.of();
    }
    try {
      String text = comments.get(issue.get(), link.commentId()).text();
      comments.delete(issue.get(), link.commentId(), ChangeSource.integration(installation.id()));
      return List.of(
          Entry.inbound(
              link.issueId(), link.workItemId(), Field.COMMENT, text, null, Result.APPLIED, null));
    } catch (ApiException gone) {
      return List.of();
    }
  }

  private Optional<Issue> issue(Installation installation, CommentLink link) {
    try {
      return Optional.of(issues.get(installation.organizationId(), link.issueId()));
    } catch (ApiException gone) {
      return Optional.empty();
    }
  }
}
