package dev.adolink.server.tracker;

/**
 * What an issue's code context is computed from changed: a new occurrence brought other stack
 * frames or a later release. Published in the transaction that changes them, like an {@link
 * IssueEvent}; not one, because nothing a user changed happened to the issue.
 */
public record IssueFramesChanged(IssueRef issue) {}
