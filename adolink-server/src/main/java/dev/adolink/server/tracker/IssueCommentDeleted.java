package dev.adolink.server.tracker;

public record IssueCommentDeleted(IssueRef issue, Comment comment, ChangeSource source)
    implements IssueEvent {}
