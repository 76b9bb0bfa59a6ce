package dev.adolink.server.demo;

import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;

/**
 * Work items in the demo: an issue with a stack trace and the Bug created from it (linked both
 * ways), the seeded Azure DevOps bug linked to the first issue, and an alert rule that creates a
 * Bug for every new error of the project.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(DemoEnvironment.FLAG)
class WorkItemDemoSteps {

  static final String PROJECT = "backend";
  static final String RULE = "Errors to Azure DevOps";

  @Bean
  @Order(500)
  DemoStep workItems() {
    return demo -> {
      String org = demo.organizationSlug();
      JsonNode issue =
          demo.api()
              .post(
                  "/api/0/projects/" + org + "/" + PROJECT + "/issues/",
                  Map.of(
                      "title",
                      "IllegalStateException: payment already captured",
                      "culprit",
                      "PaymentService.capture",
                      "message",
                      "Payment 4711 was captured twice",
                      "stacktrace",
                      Map.of(
                          "frames",
                          List.of(
                              Map.of(
                                  "filename",
                                  "CheckoutController.java",
                                  "lineNo",
                                  88,
                                  "function",
                                  "confirm"),
                              Map.of(
                                  "filename",
                                  "PaymentService.java",
                                  "lineNo",
                                  141,
                                  "function",
                                  "capture")))));
      String integration = "/integrations/" + demo.installationId() + "/";
      JsonNode created =
          demo.api()
              .post(
                  "/api/0/organizations/"
                      + org
                      + "/issues/"
                      + issue.get("id").asString()
                      + integration,
                  Map.of(
                      "project", "Web",
                      "work_item_type", "Bug",
                      "title", issue.get("title").asString(),
                      "description", "Captured twice in production.",
                      "tags", List.of("adolink"),
                      "Microsoft.VSTS.Common.Severity", "2 - High"));
      JsonNode first = demo.api().get("/api/0/organizations/" + org + "/issues/?query=Checkout");
      if (!first.isEmpty()) {
        demo.api()
            .put(
                "/api/0/organizations/"
                    + org
                    + "/issues/"
                    + first.get(0).get("id").asString()
                    + integration,
                Map.of("externalIssue", "1"));
      }
      demo.api()
          .post(
              "/api/0/projects/" + org + "/" + PROJECT + "/alert-rules/",
              Map.of(
                  "name",
                  RULE,
                  "conditions",
                  Map.of("minLevel", "error"),
                  "action",
                  Map.of(
                      "integrationId",
                      demo.installationId(),
                      "project",
                      "Web",
                      "work_item_type",
                      "Bug",
                      "tags",
                      List.of("adolink", "alert"))));
      demo.note(
          "  "
              + issue.get("shortId").asString()
              + " is linked to work item "
              + created.get("displayName").asString()
              + ": "
              + created.get("url").asString());
      demo.note(
          "  alert rule '" + RULE + "': every new error in " + PROJECT + " gets a Bug in Web");
    };
  }
}
