package dev.adolink.server.workitems;

import dev.adolink.azure.Organization;
import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemExpand;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.tracker.Issue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds the work item an earlier run of an alert rule (or an earlier create from the API) created
 * but could not record (the server stopped between ADO's answer and the commit, or the answer was
 * lost): a work item of the project with the same title that links back to the issue.
 */
@Component
class RuleRecovery {

  private final WorkItemReader reader;

  RuleRecovery(WorkItemReader reader) {
    this.reader = reader;
  }

  Optional<LinkedWorkItem> find(
      Organization ado,
      Installation installation,
      Issue issue,
      WorkItemDraft draft,
      String issueUrl) {
    return find(ado, installation, issue, draft, issueUrl, Set.of());
  }

  /** As {@link #find}, leaving out the work items in {@code known} (linked already). */
  Optional<LinkedWorkItem> find(
      Organization ado,
      Installation installation,
      Issue issue,
      WorkItemDraft draft,
      String issueUrl,
      Set<Integer> known) {
    String query =
        "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project"
            + " AND [System.Title] = '"
            + draft.adoTitle().replace("'", "''")
            + "' ORDER BY [System.Id]";
    List<Integer> ids = ado.workItems().wiql(draft.project(), query, 50).ids();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return ado.workItems().get(ids, WorkItemExpand.RELATIONS).stream()
        .filter(item -> !known.contains(item.id()))
        .filter(item -> WorkItemReader.hasBackLink(item, issueUrl))
        .map(WorkItem::id)
        .findFirst()
        .map(
            id -> {
              LinkedWorkItem found =
                  reader.linkable(ado, installation, issue, issueUrl, String.valueOf(id));
              return new LinkedWorkItem(
                  found.installationId(),
                  found.workItemId(),
                  found.adoProjectId(),
                  found.workItemType(),
                  found.title(),
                  draft.description(),
                  found.displayName(),
                  found.url(),
                  found.seen());
            });
  }
}
