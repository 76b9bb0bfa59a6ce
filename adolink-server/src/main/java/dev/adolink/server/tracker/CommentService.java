package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on issues, by users or brought in by an integration. Each add, edit and delete is
 * recorded and published through {@link ActivityLog} with its {@link ChangeSource}.
 */
@Service
public class CommentService {

  /** The longest comment text, in characters. */
  public static final int MAX_TEXT = 100_000;

  private final CommentRepository comments;
  private final ActivityLog log;
  private final Clock clock;

  CommentService(CommentRepository comments, ActivityLog log, Clock clock) {
    this.comments = comments;
    this.log = log;
    this.clock = clock;
  }

  public List<Comment> list(Issue issue) {
    return comments.list(issue.id());
  }

  public Comment get(Issue issue, long commentId) {
    return find(issue, commentId)
        .orElseThrow(() -> ApiException.notFound("Comment " + commentId + " not found"));
  }

  public Optional<Comment> find(Issue issue, long commentId) {
    return comments.find(issue.id(), commentId);
  }

  /**
   * The comment, if this user may edit or delete it: its author, or a manager or owner of the
   * organization; a 403 otherwise.
   */
  public Comment requireChangeableBy(Issue issue, long commentId, Membership caller, long userId) {
    Comment comment = get(issue, commentId);
    if (fromIntegration(comment)) {
      throw ApiException.forbidden(
          "This comment came from Azure DevOps: edit or delete it there, and the change comes"
              + " back here.");
    }
    if (!changeableBy(comment, caller, userId)) {
      throw ApiException.forbidden("Only the author or a manager can change this comment");
    }
    return comment;
  }

  /** A comment brought in from Azure DevOps stays ADO's: it changes there, never here. */
  private static boolean fromIntegration(Comment comment) {
    return comment.source().kind() == ChangeSource.Kind.INTEGRATION;
  }

  /** Whether this user may edit or delete the comment (see {@link #requireChangeableBy}). */
  public boolean changeableBy(Comment comment, Membership caller, long userId) {
    if (fromIntegration(comment)) {
      return false;
    }
    boolean author = comment.author() != null && comment.author().id() == userId;
    return author || caller.role().includes(Role.MANAGER);
  }

  /**
   * @param authorId the user shown as the writer, {@code null} for none
   */
  @Transactional
  public Comment add(Issue issue, @Nullable Long authorId, String text, ChangeSource source) {
    return add(issue, authorId, null, text, source);
  }

  /**
   * @param externalAuthor the writer's name outside the tracker (an Azure DevOps display name), for
   *     a comment an integration brings in without a tracker user to name
   */
  @Transactional
  public Comment add(
      Issue issue,
      @Nullable Long authorId,
      @Nullable String externalAuthor,
      String text,
      ChangeSource source) {
    requireText(text);
    long id = comments.insert(issue.id(), authorId, externalAuthor, text, source, clock.instant());
    Comment comment = get(issue, id);
    log.record(
        new IssueCommentAdded(issue.ref(), comment, source), ActivityType.NOTE, data(comment));
    return comment;
  }

  @Transactional
  public Comment edit(Issue issue, long commentId, String text, ChangeSource source) {
    requireText(text);
    Comment before = get(issue, commentId);
    if (before.text().equals(text)) {
      return before;
    }
    comments.updateText(commentId, text, clock.instant());
    Comment after = get(issue, commentId);
    log.record(
        new IssueCommentEdited(issue.ref(), after, before.text(), source),
        ActivityType.NOTE_EDITED,
        data(after));
    return after;
  }

  @Transactional
  public void delete(Issue issue, long commentId, ChangeSource source) {
    Comment comment = get(issue, commentId);
    comments.delete(commentId);
    log.record(
        new IssueCommentDeleted(issue.ref(), comment, source),
        ActivityType.NOTE_DELETED,
        data(comment));
  }

  private static Map<String, @Nullable Object> data(Comment comment) {
    Map<String, @Nullable Object> data = new HashMap<>();
    data.put("commentId", String.valueOf(comment.id()));
    data.put("text", comment.text());
    return data;
  }

  private static void requireText(String text) {
    if (text.isBlank()) {
      throw ApiException.invalid("text", "must not be blank");
    }
    if (text.length() > MAX_TEXT) {
      throw ApiException.invalid("text", "must be at most " + MAX_TEXT + " characters");
    }
  }
}
