package dev.adolink.server.tracker;

/** Enough to identify an issue in events and links: ids and the short id ({@code PROJ-12}). */
public record IssueRef(long id, long organizationId, long projectId, String shortId) {}
