package dev.adolink.server.demo;

import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.oauth.OAuthRegistry;
import dev.adolink.emulator.wit.OrgWorkItems;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;

/**
 * The demo data of the integration: an Azure DevOps organization in the emulator (two projects,
 * three users, a few work items), a tracker organization with a login, and the installation made
 * through the real PAT flow.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(DemoEnvironment.FLAG)
class DemoSteps {

  static final String ADO_ORGANIZATION = "fabrikam";
  static final String ADO_PAT = "demo-pat-fabrikam-owner";
  static final String ORGANIZATION = "acme";
  static final String DEVELOPER_EMAIL = "dev@acme.test";
  static final String DEVELOPER_PASSWORD = "dev-password";

  @Bean
  @Order(100)
  DemoStep azureDevOpsData() {
    return demo -> {
      Admin.CreatedOrganization org =
          demo.emulator()
              .createOrganization(
                  ADO_ORGANIZATION,
                  new Admin.UserSpec("jamal@fabrikam.test", "Jamal Hartnett", ADO_PAT),
                  new Admin.UserSpec("dev@acme.test", "Dev Eloper"),
                  new Admin.UserSpec("chuck@fabrikam.test", "Chuck Reinhart"));
      List<String> projects = List.of("Web", "Mobile");
      demo.emulator().createProject(ADO_ORGANIZATION, projects.get(0), "Agile");
      demo.emulator().createProject(ADO_ORGANIZATION, projects.get(1), "Scrum");
      OrgWorkItems items = demo.emulator().workItems(ADO_ORGANIZATION);
      items.create("Web", "Bug", Map.of("System.Title", "Checkout fails for empty carts"));
      int story =
          items.create("Web", "User Story", Map.of("System.Title", "Pay with a saved card"));
      items.update(story, Map.of("System.State", "Active", "System.AssignedTo", "dev@acme.test"));
      items.create(
          "Mobile", "Product Backlog Item", Map.of("System.Title", "Offline mode for the cart"));
      demo.ado(
          new Demo.AdoOrganization(
              org.id().toString(),
              org.name(),
              org.baseUrl(),
              org.users().stream()
                  .map(u -> new Demo.AdoUser(u.email(), u.displayName(), u.pat()))
                  .toList(),
              projects));
      demo.emulator()
          .oauth()
          .registerApp(
              OAuthRegistry.Kind.ENTRA,
              DemoEnvironment.CLIENT_ID,
              DemoEnvironment.CLIENT_SECRET,
              false,
              List.of(demo.serverUrl() + "/extensions/vsts/setup/"),
              null);
      demo.emulator().oauth().consentAs("jamal@fabrikam.test");
      demo.note("Azure DevOps emulator: " + demo.emulator().baseUrl());
      demo.note(
          "  organization "
              + org.name()
              + ": "
              + org.baseUrl()
              + " (PAT of Jamal: "
              + ADO_PAT
              + ")");
    };
  }

  @Bean
  @Order(200)
  DemoStep trackerData() {
    return demo -> {
      demo.api().post("/api/0/organizations/", Map.of("slug", ORGANIZATION, "name", "Acme"));
      demo.api()
          .post(
              "/api/0/organizations/" + ORGANIZATION + "/members/",
              Map.of(
                  "email",
                  DEVELOPER_EMAIL,
                  "name",
                  "Dev Eloper",
                  "role",
                  "manager",
                  "password",
                  DEVELOPER_PASSWORD));
      demo.api()
          .post(
              "/api/0/organizations/" + ORGANIZATION + "/projects/",
              Map.of("slug", "backend", "name", "Backend"));
      demo.api()
          .post(
              "/api/0/projects/" + ORGANIZATION + "/backend/issues/",
              Map.of("title", "NullPointerException in Checkout", "culprit", "Cart.total"));
      demo.organizationSlug(ORGANIZATION);
      demo.note("adolink: " + demo.serverUrl() + "/");
      demo.note(
          "  sign in as "
              + DemoEnvironment.ADMIN_EMAIL
              + " / "
              + DemoEnvironment.ADMIN_PASSWORD
              + " (superuser, API token "
              + DemoEnvironment.API_TOKEN
              + ") or "
              + DEVELOPER_EMAIL
              + " / "
              + DEVELOPER_PASSWORD
              + " (manager of "
              + ORGANIZATION
              + ")");
    };
  }

  @Bean
  @Order(300)
  DemoStep installation() {
    return demo -> {
      JsonNode installed =
          demo.api()
              .post(
                  "/api/0/organizations/" + demo.organizationSlug() + "/integrations/azure-devops/",
                  Map.of("organizationUrl", demo.ado().url(), "pat", ADO_PAT));
      demo.installationId(installed.get("id").asLong());
      demo.note(
          "  "
              + demo.ado().name()
              + " is installed in "
              + demo.organizationSlug()
              + ": "
              + demo.serverUrl()
              + "/organizations/"
              + demo.organizationSlug()
              + "/integrations/"
              + demo.installationId()
              + "/");
      demo.note(
          "  OAuth install in the browser: "
              + demo.serverUrl()
              + "/extensions/vsts/setup/?organization="
              + demo.organizationSlug());
    };
  }
}
