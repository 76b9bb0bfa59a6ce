package dev.adolink.server.tracker;

/**
 * An existing issue occurred again (it was posted with its fingerprint): {@code count} is its new
 * number of occurrences. Published in the transaction that counts it, like an {@link IssueEvent};
 * not an {@code IssueEvent} because nothing about the issue a user sees changed but its counters.
 */
public record IssueOccurred(IssueRef issue, long count) {}
