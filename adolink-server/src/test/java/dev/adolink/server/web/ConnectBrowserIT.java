package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.HeadlessChromium;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoOrg;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A manager connects Azure DevOps in the browser and maps statuses (headless Chromium). */
@AdolinkIT
class ConnectBrowserIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;

  @Test
  void anOwnerConnectsAnOrganizationWithAPatAndMapsItsStatuses() {
    HeadlessChromium.requireInstalled();
    TestOrg org = tracker.organization();
    AdoOrg ado = integrations.adoOrganization();
    try (HeadlessChromium browser = HeadlessChromium.start(api)) {
      browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);
      browser.clickText("main", org.slug());
      assertThat(browser.text("h1")).isEqualTo(org.slug());

      browser.type("#connect input[name=organizationUrl]", ado.url());
      browser.type("#connect input[name=pat]", "not-a-pat");
      browser.submit("#connect button[type=submit]");
      assertThat(browser.text("#connect .field-error")).isNotBlank();
      assertThat(browser.all(".alert")).isNotEmpty();

      browser.type("#connect input[name=pat]", ado.owner().pat());
      browser.screenshot("organization");
      browser.submit("#connect button[type=submit]");
      assertThat(browser.url()).contains("/integrations/");
      assertThat(browser.text("h1")).contains(ado.name()).contains("active");
      assertThat(browser.text("#subscriptions ~ table"))
          .contains("workitem.updated")
          .contains("enabled");

      String web = projectId(org, "Web");
      String mobile = projectId(org, "Mobile");
      browser.select("select[name='resolve|" + mobile + "']", "Done");
      browser.submit("#config button[type=submit]");
      assertThat(browser.text("#config .field-error")).contains("Resolve and unresolve");

      browser.click("#config input[name=sync_status_reverse]");
      browser.select("select[name='resolve|" + mobile + "']", "— not synced —");
      browser.select("select[name='resolve|" + web + "']", "Resolved");
      browser.select("select[name='unresolve|" + web + "']", "Active");
      browser.select("select[name='resolve|" + web + "|User Story']", "Closed");
      browser.select("select[name='unresolve|" + web + "|User Story']", "New");
      browser.submit("#config button[type=submit]");
      assertThat(browser.page()).contains("Configuration saved.");
      browser.screenshot("integration");
    }
    JsonNode config = config(org);
    assertThat(config.get("sync_status_reverse").asBoolean()).isTrue();
    assertThat(config.get("sync_comments").asBoolean()).isFalse();
    JsonNode web = config.get("sync_status_forward").get(projectId(org, "Web"));
    assertThat(web.get("on_resolve").asString()).isEqualTo("Resolved");
    assertThat(web.get("on_unresolve").asString()).isEqualTo("Active");
    assertThat(web.get("types").get("User Story").get("on_resolve").asString()).isEqualTo("Closed");
    assertThat(config.get("sync_status_forward").size()).isEqualTo(1);
  }

  private JsonNode config(TestOrg org) {
    JsonNode installations =
        api.get("/api/0/organizations/" + org.slug() + "/integrations/", org.owner().token())
            .json();
    String path =
        "/api/0/organizations/"
            + org.slug()
            + "/integrations/"
            + installations.get(0).get("id").asString()
            + "/config/";
    return api.get(path, org.owner().token()).json();
  }

  private String projectId(TestOrg org, String name) {
    for (JsonNode project : config(org).get("choices").get("projects")) {
      if (project.get("name").asString().equals(name)) {
        return project.get("id").asString();
      }
    }
    throw new AssertionError("no project " + name);
  }
}
