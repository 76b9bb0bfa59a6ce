package dev.adolink.server.workitems;

import dev.adolink.server.integration.Installations;
import dev.adolink.server.tracker.ExternalIssue;
import dev.adolink.server.tracker.ExternalIssueProvider;
import dev.adolink.server.tracker.IssueRef;
import java.util.List;
import org.springframework.stereotype.Component;

/** The issue's {@code externalIssues}: its linked work items of installations that still exist. */
@Component
class ExternalIssues implements ExternalIssueProvider {

  private final LinkedWorkItems links;
  private final Installations installations;

  ExternalIssues(LinkedWorkItems links, Installations installations) {
    this.links = links;
    this.installations = installations;
  }

  @Override
  public List<ExternalIssue> externalIssues(IssueRef issue) {
    return links.linksOf(issue.id()).stream()
        .filter(
            item -> installations.find(issue.organizationId(), item.installationId()).isPresent())
        .map(LinkedWorkItem::externalIssue)
        .toList();
  }
}
