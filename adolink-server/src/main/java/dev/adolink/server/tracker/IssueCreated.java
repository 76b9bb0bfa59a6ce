package dev.adolink.server.tracker;

public record IssueCreated(IssueRef issue, ChangeSource source) implements IssueEvent {}
