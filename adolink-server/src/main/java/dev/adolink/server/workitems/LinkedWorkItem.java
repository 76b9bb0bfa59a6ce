package dev.adolink.server.workitems;

import dev.adolink.server.tracker.ExternalIssue;
import org.jspecify.annotations.Nullable;

/**
 * A work item as adolink knows it from linking: enough to show it on an issue and to sync it.
 *
 * @param installationId the installation (integration) it belongs to
 * @param workItemId its id in ADO
 * @param adoProjectId the ADO project's id (a GUID)
 * @param workItemType the type's name ({@code Bug}, {@code User Story}, a custom type)
 * @param description as created (Markdown) or as last read from ADO (HTML); {@code null} when none
 * @param displayName {@code {AreaPath}#{id}}
 * @param url the work item's web page, {@code {base}{project}/_workitems/edit/{id}}
 * @param seen its state and assignee when adolink last saw it; {@code null} before it did
 */
public record LinkedWorkItem(
    long installationId,
    int workItemId,
    String adoProjectId,
    String workItemType,
    String title,
    @Nullable String description,
    String displayName,
    String url,
    @Nullable WorkItemSeen seen) {

  /** The external issue key: the work item id as text. */
  public String key() {
    return String.valueOf(workItemId);
  }

  public ExternalIssue externalIssue() {
    return new ExternalIssue(installationId, key(), title, displayName, url);
  }

  static String displayName(String areaPath, int workItemId) {
    return areaPath + "#" + workItemId;
  }
}
