package dev.adolink.server.sync;

import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.wit.Comment;
import dev.adolink.server.integration.Installation;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  List<Entry> edit(Installation installation, CommentLink link, Comment comment) {
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
