package dev.adolink.server.workitems;

import dev.adolink.server.system.PublicUrl;
import dev.adolink.server.tracker.Issue;
import org.springframework.stereotype.Component;

/**
 * Links back to adolink ({@code ADOLINK_PUBLIC_URL}) written into work items: the issue's page (the
 * Hyperlink relation and the description) and an alert rule's page.
 */
@Component
class BackLinks {

  private final PublicUrl publicUrl;

  BackLinks(PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** {@code {public}/organizations/{org}/issues/{id}/}: also what identifies our back-link. */
  String issue(String organizationSlug, Issue issue) {
    return publicUrl.resolve("/organizations/" + organizationSlug + "/issues/" + issue.id() + "/");
  }

  String alertRule(String organizationSlug, String projectSlug, long ruleId) {
    return publicUrl.base()
        + "/organizations/"
        + organizationSlug
        + "/alerts/rules/"
        + projectSlug
        + "/"
        + ruleId
        + "/";
  }
}
