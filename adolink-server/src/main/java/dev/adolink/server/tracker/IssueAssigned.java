package dev.adolink.server.tracker;

import org.jspecify.annotations.Nullable;

/** Assignee changed; {@code assignee} is {@code null} when the issue was unassigned. */
public record IssueAssigned(
    IssueRef issue, @Nullable UserRef previous, @Nullable UserRef assignee, ChangeSource source)
    implements IssueEvent {}
