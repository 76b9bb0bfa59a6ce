package dev.adolink.server.sync;

import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.wit.Comment;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.sync.CommentLinks.CommentLink;
import dev.adolink.server.sync.CommentLinks.Origin;
import dev.adolink.server.sync.SyncLog.Entry;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.CommentService;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.UserRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The tracker side of ADO comments brought in ({@link InboundComments} decides which): added to the
 * linked issues by the mapped user or under the ADO display name, edited and deleted with them,
 * each paired with its ADO comment in {@link CommentLinks}. Runs in the delivery's transaction;
 * answers the sync log entries.
 */
@Component
class IssueComments {

  private final CommentLinks links;
  private final IssueService issues;
  private final CommentService comments;
  private final SyncUsers users;
  private final Clock clock;

  IssueComments(
      CommentLinks links,
      IssueService issues,
      CommentService comments,
      SyncUsers users,
      Clock clock) {
    this.links = links;
    this.issues = issues;
    this.comments = comments;
    this.users = users;
    this.clock = clock;
  }

  List<Entry> add(Installation installation, int workItemId, Comment comment, List<Long> issueIds) {
    String text = HtmlText.plain(String.valueOf(comment.text()));
    if (text.isBlank()) {
      return List.of();
    }
    Optional<Identity> author = Optional.ofNullable(comment.createdBy());
    UserRef user = author.flatMap(a -> users.trackerUser(installation, a)).orElse(null);
    String name = user != null ? null : author.map(Identity::label).orElse("Azure DevOps");
    List<Entry> entries = new ArrayList<>();
    for (long issueId : issueIds) {
      Optional<Issue> found = issues.find(installation.organizationId(), issueId);
      if (found.isEmpty()) {
        continue;
      }
      if (tooLong(text)) {
        entries.add(tooLong(issueId, workItemId, null, text));
        continue;
      }
      Issue issue = found.get();
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

  List<Entry> edit(Installation installation, CommentLink link, Comment comment) {
    String text = HtmlText.plain(String.valueOf(comment.text()));
    links.updateVersion(link.id(), comment.version(), clock.instant());
    Optional<Issue> issue = issue(installation, link);
    if (text.isBlank() || issue.isEmpty()) {
      return List.of();
    }
    Optional<String> before =
        comments.find(issue.get(), link.commentId()).map(dev.adolink.server.tracker.Comment::text);
    if (before.isEmpty()) {
      // deleted in the tracker: the pairing has nothing left to follow
      links.delete(link.id());
      return List.of();
    }
    if (tooLong(text)) {
      return List.of(tooLong(link.issueId(), link.workItemId(), before.get(), text));
    }
    comments.edit(issue.get(), link.commentId(), text, ChangeSource.integration(installation.id()));
    return List.of(
        Entry.inbound(
            link.issueId(),
            link.workItemId(),
            Field.COMMENT,
            before.get(),
            text,
            before.get().equals(text) ? Result.UNCHANGED : Result.APPLIED,
            null));
  }

  List<Entry> deleted(Installation installation, CommentLink link) {
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
    Optional<dev.adolink.server.tracker.Comment> comment =
        comments.find(issue.get(), link.commentId());
    if (comment.isEmpty()) {
      return List.of();
    }
    comments.delete(issue.get(), link.commentId(), ChangeSource.integration(installation.id()));
    return List.of(
        Entry.inbound(
            link.issueId(),
            link.workItemId(),
            Field.COMMENT,
            comment.get().text(),
            null,
            Result.APPLIED,
            null));
  }

  private Optional<Issue> issue(Installation installation, CommentLink link) {
    return issues.find(installation.organizationId(), link.issueId());
  }

  private static boolean tooLong(String text) {
    return text.length() > CommentService.MAX_TEXT;
  }

  /**
   * An ADO comment longer than the tracker's comments may be: failed, visibly, and an edited one
   * keeps its pairing (a later, shorter version is brought in).
   */
  private static Entry tooLong(long issueId, int workItemId, @Nullable String before, String text) {
    return Entry.inbound(
        issueId,
        workItemId,
        Field.COMMENT,
        before,
        text.substring(0, 200) + "…",
        Result.FAILED,
        "the comment has "
            + text.length()
            + " characters; the tracker keeps at most "
            + CommentService.MAX_TEXT);
  }
}
