package dev.adolink.server.tracker;

public record IssueCommentEdited(
    IssueRef issue, Comment comment, String previousText, ChangeSource source)
    implements IssueEvent {}
