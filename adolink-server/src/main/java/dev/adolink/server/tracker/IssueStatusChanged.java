package dev.adolink.server.tracker;

public record IssueStatusChanged(
    IssueRef issue, IssueStatus previous, IssueStatus status, ChangeSource source)
    implements IssueEvent {}
