package dev.adolink.server.demo;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.auth.PersonalAccessToken;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;

/**
 * Two-way sync in the demo: every sync flag on, states mapped for both projects (Web: Resolved and
 * Active; Mobile: Done and Committed), and an issue linked to a fresh bug, so that changing either
 * side changes the other.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(DemoEnvironment.FLAG)
class SyncDemoSteps {

  static final String ISSUE_TITLE = "Payment declined for saved cards";
  static final String BUG_TITLE = "Saved cards are declined at checkout";

  @Bean
  @Order(600)
  DemoStep twoWaySync() {
    return demo -> {
      Map<String, String> projects = new HashMap<>();
      AzureDevOps.builder()
          .allowInsecureUrls(true)
          .build()
          .organization(demo.ado().url(), PersonalAccessToken.of(DemoSteps.ADO_PAT))
          .core()
          .projects()
          .forEach(project -> projects.put(project.name(), project.id()));
      String integration =
          "/api/0/organizations/"
              + demo.organizationSlug()
              + "/integrations/"
              + demo.installationId()
              + "/";
      demo.api()
          .put(
              integration + "config/",
              Map.of(
                  "sync_status_forward",
                  Map.of(
                      projects.get("Web"),
                      Map.of("on_resolve", "Resolved", "on_unresolve", "Active"),
                      projects.get("Mobile"),
                      Map.of("on_resolve", "Done", "on_unresolve", "Committed")),
                  "sync_status_reverse",
                  true,
                  "sync_forward_assignment",
                  true,
                  "sync_reverse_assignment",
                  true,
                  "sync_comments",
                  true));
      int bug =
          demo.emulator()
              .workItems(demo.ado().name())
              .create("Web", "Bug", Map.of("System.Title", BUG_TITLE));
      JsonNode issue =
          demo.api()
              .post(
                  "/api/0/projects/" + demo.organizationSlug() + "/backend/issues/",
                  Map.of("title", ISSUE_TITLE, "culprit", "Payments.charge"));
      String issueId = issue.get("id").asString();
      demo.api()
          .put(
              "/api/0/organizations/"
                  + demo.organizationSlug()
                  + "/issues/"
                  + issueId
                  + "/integrations/"
                  + demo.installationId()
                  + "/",
              Map.of("externalIssue", String.valueOf(bug)));
      demo.note(
          "Two-way sync: issue "
              + issue.get("shortId").asString()
              + " is linked to bug #"
              + bug
              + " ("
              + demo.ado().url()
              + "Web/_workitems/edit/"
              + bug
              + "). Resolve, assign or comment on either; the other follows.");
      demo.note(
          "  sync log: " + demo.serverUrl() + integration.replace("/api/0", "") + "#sync-log");
    };
  }
}
