package dev.adolink.server.sync;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.error.UnauthorizedException;
import dev.adolink.azure.wit.Comment;
import dev.adolink.azure.wit.WorkItemApi;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.sync.CommentLinks.CommentLink;
import dev.adolink.server.sync.CommentLinks.Origin;
import dev.adolink.server.sync.OutboundOutcomes.Settled;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.workitems.LinkedWorkItem;
import dev.adolink.server.workitems.LinkedWorkItems;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes comment rows to ADO with the comments API, one request each and in order: a new comment
 * attributed to its writer ({@code {name} wrote:} and a quote), edits and deletions of comments
 * adolink wrote before. The ADO comment id is kept so that edits follow and the comment's own
 * delivery is not brought back.
 */
@Component
class OutboundComments {

  private final Installations installations;
  private final LinkedWorkItems links;
  private final CommentLinks commentLinks;
  private final OutboundOutcomes outcomes;
  private final Clock clock;

  OutboundComments(
      Installations installations,
      LinkedWorkItems links,
      CommentLinks commentLinks,
      OutboundOutcomes outcomes,
      Clock clock) {
    this.installations = installations;
    this.links = links;
    this.commentLinks = commentLinks;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  void write(Installation installation, List<Outbox.Row> rows) {
    for (Outbox.Row row : rows) {
      Settled settled = new Settled();
      Optional<LinkedWorkItem> item = links.find(installation.id(), row.workItemId());
      if (item.isEmpty()) {
        settled.finish(row, Field.COMMENT, null, Result.SKIPPED, "not a linked work item");
        outcomes.settle(installation.id(), settled);
        continue;
      }
      if (outcomes.sending(installation.id(), List.of(row)).isEmpty()) {
        continue;
      }
      try {
        write(installation, item.get(), row, settled);
      } catch (InstallationPausedException e) {
        outcomes.release(List.of(row));
        throw e;
      } catch (UnauthorizedException e) {
        outcomes.release(List.of(row));
        throw installations.pause(
            installation, "Azure DevOps refused the credentials: " + e.getMessage());
      } catch (AzureDevOpsException e) {
        outcomes.failed(installation.id(), List.of(row), e);
        continue;
      }
      outcomes.settle(installation.id(), settled);
    }
  }

  /**
   * The comment an earlier attempt posted, if it reached ADO: one with the same text that is not
   * paired with a tracker comment yet. ADO cannot deduplicate a comment post, so a retry after a
   * crash or a failure in flight looks first (the text names its writer and quotes the comment, so
   * another author's comment does not match).
   */
  private Optional<Comment> alreadyPosted(
      Installation installation, LinkedWorkItem item, String html) {
    Set<Integer> paired =
        commentLinks.ofWorkItem(installation.id(), item.workItemId()).stream()
            .map(CommentLink::adoCommentId)
            .collect(Collectors.toSet());
    String wanted = HtmlText.plain(html);
    for (Comment comment :
        installations
            .client(installation)
            .workItems()
            .comments(item.adoProjectId(), item.workItemId())) {
      if (!comment.isDeleted()
          && !paired.contains(comment.id())
          && comment.text() != null
          && HtmlText.plain(comment.text()).equals(wanted)) {
        return Optional.of(comment);
      }
    }
    return Optional.empty();
  }

  private void write(
      Installation installation, LinkedWorkItem item, Outbox.Row row, Settled settled) {
    WorkItemApi ado = installations.client(installation).workItems();
    String project = item.adoProjectId();
    OutboxPayload.CommentChange comment = row.payload(OutboxPayload.CommentChange.class);
    long commentId = comment.commentId();
    String text = comment.text() == null ? "" : comment.text();
    String author = comment.author() == null ? "Someone" : comment.author();
    if (row.kind() == Outbox.Kind.COMMENT_ADD) {
      String html = HtmlText.attributed(author, text);
      Comment added =
          (row.attempted() ? alreadyPosted(installation, item, html) : Optional.<Comment>empty())
              .orElseGet(
                  () -> ado.addComment(project, item.workItemId(), html, Comment.Format.HTML));
      commentLinks.add(
          installation.id(),
          item.workItemId(),
          added.id(),
          added.version(),
          row.issueId(),
          commentId,
          Origin.TRACKER,
          clock.instant());
      settled.finish(row, Field.COMMENT, text, Result.APPLIED, null);
      return;
    }
    List<CommentLink> written =
        commentLinks.ofComment(commentId).stream()
            .filter(link -> link.installationId() == installation.id())
            .filter(link -> link.workItemId() == item.workItemId())
            .filter(link -> link.origin() == Origin.TRACKER)
            .toList();
    if (written.isEmpty()) {
      settled.finish(
          row, Field.COMMENT, null, Result.SKIPPED, "the comment was never written to ADO");
      return;
    }
    for (CommentLink link : written) {
      if (row.kind() == Outbox.Kind.COMMENT_EDIT) {
        String html = HtmlText.attributed(author, text);
        Comment edited = ado.editComment(project, item.workItemId(), link.adoCommentId(), html);
        commentLinks.updateVersion(link.id(), edited.version(), clock.instant());
      } else {
        try {
          ado.deleteComment(project, item.workItemId(), link.adoCommentId());
        } catch (NotFoundException alreadyGone) {
          // deleted in ADO meanwhile: nothing left to delete
        }
        commentLinks.delete(link.id());
      }
    }
    settled.finish(
        row,
        Field.COMMENT,
        row.kind() == Outbox.Kind.COMMENT_EDIT ? text : null,
        Result.APPLIED,
        null);
  }
}
