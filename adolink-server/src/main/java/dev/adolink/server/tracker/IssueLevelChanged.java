package dev.adolink.server.tracker;

/** The issue's level changed: set by a user or an integration, or by a newer event. */
public record IssueLevelChanged(IssueRef issue, Level previous, Level level, ChangeSource source)
    implements IssueEvent {}
