package dev.adolink.server.workitems;

import dev.adolink.azure.Organization;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.error.RuleValidationException;
import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemExpand;
import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.azure.wit.WorkItemRelation;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Issue;
import java.time.Clock;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads an existing work item to link it (by id or by its URL) and makes sure it links back to the
 * issue: a Hyperlink relation to the issue's page is added when it has none.
 */
@Component
class WorkItemReader {

  static final String FIELD = "externalIssue";

  private static final Logger log = LoggerFactory.getLogger(WorkItemReader.class);

  private final Clock clock;

  WorkItemReader(Clock clock) {
    this.clock = clock;
  }

  LinkedWorkItem linkable(
      Organization ado, Installation installation, Issue issue, String issueUrl, String reference) {
    int id = id(installation, reference);
    WorkItem item;
    try {
      item = ado.workItems().get(id, WorkItemExpand.RELATIONS);
    } catch (NotFoundException e) {
      throw ApiException.invalid(
          FIELD, "work item " + id + " does not exist in " + installation.name());
    }
    if (!hasBackLink(item, issueUrl)) {
      addBackLink(ado, item, issue, issueUrl);
    }
    String project = item.fields().teamProject().orElseThrow();
    return new LinkedWorkItem(
        installation.id(),
        id,
        WorkItemCreator.project(ado, project).id(),
        item.fields().workItemType().orElse(""),
        item.fields().title().orElse(""),
        item.fields().description().orElse(null),
        LinkedWorkItem.displayName(item.fields().areaPath().orElse(project), id),
        WorkItemUrls.edit(installation.baseUrl(), project, id),
        WorkItemSeen.of(item, clock.instant()));
  }

  static int id(Installation installation, String reference) {
    OptionalInt id = WorkItemUrls.id(reference);
    if (id.isEmpty()) {
      throw ApiException.invalid(FIELD, "must be a work item id or URL");
    }
    if (WorkItemUrls.isUrl(reference)
        && !WorkItemUrls.belongsTo(reference, installation.baseUrl(), installation.name())) {
      throw ApiException.invalid(
          FIELD, "is not a work item of the Azure DevOps organization " + installation.name());
    }
    return id.getAsInt();
  }

  static boolean hasBackLink(WorkItem item, String issueUrl) {
    return backLinkIndex(item, issueUrl) >= 0;
  }

  /** The index of our Hyperlink in the work item's relations, or -1. */
  static int backLinkIndex(WorkItem item, String issueUrl) {
    for (int i = 0; i < item.relations().size(); i++) {
      WorkItemRelation relation = item.relations().get(i);
      if (relation.rel().equals(WorkItemRelation.HYPERLINK)
          && relation.url().equalsIgnoreCase(issueUrl)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A work item that breaks a rule of its type (a required field added after it was created) cannot
   * be saved, so it cannot get the link; it is linked anyway, without the back-link.
   */
  private static void addBackLink(Organization ado, WorkItem item, Issue issue, String issueUrl) {
    try {
      ado.workItems()
          .update(
              item.id(),
              WorkItemPatch.builder()
                  .addHyperlink(issueUrl, WorkItemCreator.backLinkComment(issue))
                  .build());
    } catch (RuleValidationException e) {
      log.warn(
          "work item {} cannot be saved, linked without a back-link: {}",
          item.id(),
          e.getMessage());
    }
  }
}
