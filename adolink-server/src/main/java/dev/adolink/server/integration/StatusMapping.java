package dev.adolink.server.integration;

import org.jspecify.annotations.Nullable;

/**
 * One {@code sync_status_forward} row: the ADO state a work item gets when its tracker issue is
 * resolved or unresolved.
 *
 * @param adoProjectId the ADO project id
 * @param workItemType a work item type name, or {@code null} for the project's default (every type
 *     without its own mapping)
 */
public record StatusMapping(
    String adoProjectId, @Nullable String workItemType, String onResolve, String onUnresolve) {}
