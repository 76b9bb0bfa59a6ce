package dev.adolink.server.workitems;

import dev.adolink.azure.Organization;
import dev.adolink.azure.core.Project;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.wit.Fields;
import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.azure.wit.WorkItemTypeField;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Issue;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Creates a work item from a draft: title cut to ADO's 255 characters, the Markdown description as
 * HTML (also as Repro Steps where the type shows those instead), area and iteration path, tags,
 * every other field given, and a Hyperlink relation back to the issue. Called outside transactions;
 * ADO's refusals surface as {@code AzureDevOpsException} (see {@link AdoFailures}).
 */
@Component
class WorkItemCreator {

  private final Clock clock;

  WorkItemCreator(Clock clock) {
    this.clock = clock;
  }

  /** The comment on the Hyperlink relation back to the issue. */
  static String backLinkComment(Issue issue) {
    return "adolink issue " + issue.shortId();
  }

  /**
   * @throws ApiException 400 when the project or type does not exist
   */
  LinkedWorkItem create(
      Organization ado, Installation installation, Issue issue, String issueUrl, WorkItemDraft d) {
    Project project = project(ado, d.project());
    List<WorkItemTypeField> typeFields;
    try {
      typeFields = ado.workItems().typeFields(project.id(), d.type());
    } catch (NotFoundException e) {
      throw ApiException.invalid(
          WorkItemDraft.TYPE, "'" + d.type() + "' is not a work item type of " + project.name());
    }
    WorkItem created =
        ado.workItems().create(project.id(), d.type(), patch(d, typeFields, issue, issueUrl));
    String areaPath = created.fields().areaPath().orElse(project.name());
    return new LinkedWorkItem(
        installation.id(),
        created.id(),
        project.id(),
        created.fields().workItemType().orElse(d.type()),
        d.adoTitle(),
        d.description(),
        LinkedWorkItem.displayName(areaPath, created.id()),
        WorkItemUrls.edit(
            installation.baseUrl(),
            created.fields().teamProject().orElse(project.name()),
            created.id()),
        WorkItemSeen.of(created, clock.instant()));
  }

  static Project project(Organization ado, String idOrName) {
    try {
      return ado.core().project(idOrName);
    } catch (NotFoundException e) {
      throw ApiException.invalid(
          WorkItemDraft.PROJECT, "'" + idOrName + "' is not a project in Azure DevOps");
    }
  }

  static WorkItemPatch patch(
      WorkItemDraft d, List<WorkItemTypeField> typeFields, Issue issue, String issueUrl) {
    WorkItemPatch.Builder patch = WorkItemPatch.builder().title(d.adoTitle());
    if (d.description() != null) {
      String html = Descriptions.html(d.description());
      patch.description(html);
      boolean showsReproSteps =
          typeFields.stream().anyMatch(f -> f.referenceName().equals(Fields.REPRO_STEPS));
      if (showsReproSteps && !d.fields().containsKey(Fields.REPRO_STEPS)) {
        patch.add(Fields.REPRO_STEPS, html);
      }
    }
    if (d.areaPath() != null) {
      patch.areaPath(d.areaPath());
    }
    if (d.iterationPath() != null) {
      patch.iterationPath(d.iterationPath());
    }
    if (!d.tags().isEmpty()) {
      patch.tags(d.tags());
    }
    d.fields().forEach(patch::add);
    return patch.addHyperlink(issueUrl, backLinkComment(issue)).build();
  }
}
