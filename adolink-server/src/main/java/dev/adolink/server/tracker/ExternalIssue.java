package dev.adolink.server.tracker;

/** A work item linked to an issue, as shown in the issue's {@code externalIssues}. */
public record ExternalIssue(
    long integrationId, String key, String title, String displayName, String url) {}
