package dev.adolink.server.tracker;

import org.jspecify.annotations.Nullable;

/**
 * A change to one or many issues; a {@code null} part leaves that part alone.
 *
 * @param status the new status
 * @param assignment the new assignee ({@link Assignment#nobody()} unassigns)
 * @param level the new level
 */
public record IssueUpdate(
    @Nullable IssueStatus status, @Nullable Assignment assignment, @Nullable Level level) {

  public IssueUpdate(@Nullable IssueStatus status, @Nullable Assignment assignment) {
    this(status, assignment, null);
  }

  public static IssueUpdate status(IssueStatus status) {
    return new IssueUpdate(status, null);
  }

  public static IssueUpdate assign(@Nullable String email) {
    return new IssueUpdate(null, new Assignment(email));
  }

  public static IssueUpdate level(Level level) {
    return new IssueUpdate(null, null, level);
  }

  public boolean isEmpty() {
    return status == null && assignment == null && level == null;
  }

  /**
   * @param email a member of the issue's organization, or {@code null} for nobody
   */
  public record Assignment(@Nullable String email) {
    public static Assignment nobody() {
      return new Assignment(null);
    }
  }
}
