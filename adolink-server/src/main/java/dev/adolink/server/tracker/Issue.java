package dev.adolink.server.tracker;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An issue of a project.
 *
 * @param count how often it occurred (see {@link IssueOccurred})
 * @param firstRelease the release it was first seen in (from its events, or given on create)
 * @param lastRelease the release of its latest event
 */
public record Issue(
    long id,
    long organizationId,
    Project project,
    long number,
    String title,
    @Nullable String culprit,
    Level level,
    @Nullable String message,
    List<StackFrame> frames,
    IssueStatus status,
    @Nullable UserRef assignee,
    Instant firstSeen,
    Instant lastSeen,
    long count,
    @Nullable String firstRelease,
    @Nullable String lastRelease) {

  public Issue {
    frames = List.copyOf(frames);
  }

  /** {@code PROJ-12}: the project slug in capitals and the issue's number in its project. */
  public String shortId() {
    return project.slug().toUpperCase(Locale.ROOT) + "-" + number;
  }

  public IssueRef ref() {
    return new IssueRef(id, organizationId, project.id(), shortId());
  }
}
