package dev.adolink.server.tracker;

public record IssueCommentAdded(IssueRef issue, Comment comment, ChangeSource source)
    implements IssueEvent {}
