package dev.adolink.server.workitems;

import dev.adolink.server.system.SystemProperties;
import dev.adolink.server.tracker.Issue;
import java.net.URI;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links back to adolink ({@code ADOLINK_PUBLIC_URL}) written into work items: the issue's page (the
 * Hyperlink relation and the description) and an alert rule's page. With port 0 configured (tests)
 * the port the server really listens on is used.
 */
@Component
class IssuePages {

  private volatile String base;

  IssuePages(SystemProperties properties) {
    this.base = withoutTrailingSlash(properties.publicUrl().toString());
  }

  @EventListener
  void on(WebServerInitializedEvent event) {
    URI uri = URI.create(base);
    if (uri.getPort() == 0) {
      base =
          withoutTrailingSlash(
              uri.getScheme()
                  + "://"
                  + uri.getHost()
                  + ":"
                  + event.getWebServer().getPort()
                  + uri.getRawPath());
    }
  }

  /** {@code {public}/organizations/{org}/issues/{id}/}: also what identifies our back-link. */
  String issue(String organizationSlug, Issue issue) {
    return base + "/organizations/" + organizationSlug + "/issues/" + issue.id() + "/";
  }

  String alertRule(String organizationSlug, String projectSlug, long ruleId) {
    return base
        + "/organizations/"
        + organizationSlug
        + "/alerts/rules/"
        + projectSlug
        + "/"
        + ruleId
        + "/";
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
