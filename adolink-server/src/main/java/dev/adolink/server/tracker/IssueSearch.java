package dev.adolink.server.tracker;

import org.jspecify.annotations.Nullable;

/**
 * Filters of an issue list; {@code null} means no filter.
 *
 * @param text words looked for in title, culprit and message (case-insensitive)
 */
public record IssueSearch(
    @Nullable Long projectId, @Nullable IssueStatus status, @Nullable String text, int limit) {}
