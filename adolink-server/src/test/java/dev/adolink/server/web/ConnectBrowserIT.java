package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoOrg;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Signing in, organizations and members, and connecting Azure DevOps with its sync settings, in
 * headless Chromium against the emulator.
 */
@AdolinkIT
class ConnectBrowserIT extends BrowserTest {

  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;

  @Test
  void aWrongPasswordIsRefusedWithAMessageAndTheRightOneSignsIn() {
    TestOrg org = tracker.organization();
    browser.submitLogin(org.owner().email(), "not the password");
    assertThat(browser.url()).contains("/login");
    assertThat(browser.text("[role=alert]")).isEqualTo("Wrong email or password.");

    browser.open("/organizations/" + org.slug() + "/");
    assertThat(browser.url()).as("pages need a session").contains("/login");

    browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);
    assertThat(browser.text("main")).contains(org.slug());
    browser.open("/organizations/no-such-org/");
    assertThat(browser.text("h1")).isEqualTo("Not found");
    assertThat(browser.text("[role=alert]")).contains("no-such-org");
    browser.open("/organizations/" + org.slug() + "/integrations/not-a-number/");
    assertThat(browser.text("[role=alert]")).contains("'not-a-number' is not a valid value");
    browser.clickText("header", "Sign out");
    assertThat(browser.text("main")).contains("You are signed out.");
  }

  @Test
  void aUserCreatesAnOrganizationWithAProjectAndAddsAMember() {
    TestOrg someone = tracker.organization();
    String slug = TrackerFixtures.unique("acme");
    browser.signIn(someone.owner().email(), TrackerFixtures.PASSWORD);

    browser.type("#organization-form input[name=name]", "Acme Web");
    browser.type("#organization-form input[name=slug]", "Not A Slug");
    browser.submit("#organization-form button[type=submit]");
    assertThat(browser.text("#organization-form")).contains("lower-case letters");
    assertThat(browser.find("#organization-form input[name=name]").getAttribute("value"))
        .isEqualTo("Acme Web");

    browser.type("#organization-form input[name=slug]", slug);
    browser.submit("#organization-form button[type=submit]");
    assertThat(browser.text("h1")).isEqualTo("Acme Web");

    browser.type("#project-form input[name=name]", "Checkout");
    browser.type("#project-form input[name=slug]", "checkout");
    browser.submit("#project-form button[type=submit]");
    assertThat(browser.text("#projects ~ table")).contains("Checkout");

    String email = TrackerFixtures.unique("dev") + "@example.com";
    browser.type("#add-member input[name=email]", email);
    browser.type("#add-member input[name=name]", "Dev Eloper");
    browser.type("#add-member input[name=password]", "short");
    browser.submit("#add-member button[type=submit]");
    assertThat(browser.text("#add-member")).contains("size must be between 8");
    browser.type("#add-member input[name=password]", "a long password");
    browser.submit("#add-member button[type=submit]");
    assertThat(browser.text("#members ~ table")).contains(email).contains("member");

    browser.signIn(email, "a long password");
    assertThat(browser.text("main")).contains("Acme Web");
  }

  @Test
  void anOwnerConnectsAnOrganizationWithAPatMapsItsStatusesAndAUser() {
    TestOrg org = tracker.organization();
    AdoOrg ado = integrations.adoOrganization();
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
    browser.click("#status-mapping tbody[data-project='" + web + "'] summary");
    browser.select("select[name='resolve|" + web + "|User Story']", "Closed");
    browser.select("select[name='unresolve|" + web + "|User Story']", "New");
    browser.submit("#config button[type=submit]");
    assertThat(browser.page()).contains("Configuration saved.");
    assertThat(browser.find("#config input[name=sync_status_reverse]").isSelected()).isTrue();

    browser.selectValue("#mapping-form select[name=member]", org.owner().email());
    browser.type("#mapping-form input[name=adoIdentity]", "nobody at all");
    browser.submit("#mapping-form button[type=submit]");
    assertThat(browser.text("#mapping-form")).contains("must be \"Name <email>\"");
    browser.type("#mapping-form input[name=adoIdentity]", "Ada Devs <ada@contoso.example>");
    browser.submit("#mapping-form button[type=submit]");
    assertThat(browser.text("#mapping-form"))
        .contains("ada@contoso.example is not a user of the Azure DevOps organization");
    String identity = ado.developer().displayName() + " <" + ado.developer().email() + ">";
    browser.type("#mapping-form input[name=adoIdentity]", identity);
    browser.submit("#mapping-form button[type=submit]");
    assertThat(browser.text("#user-mapping-list")).contains(org.owner().email());
    assertThat(browser.text("#user-mapping-list").toLowerCase())
        .contains(ado.developer().email().toLowerCase());

    browser.clickText("#health-check", "Check and repair now");
    // done at once, or (ADO slow on a loaded machine) shown as running and then done
    browser.reloadUntil(".notice", "Health check done");
    browser.screenshot("integration");

    JsonNode config = config(org);
    assertThat(config.get("sync_status_reverse").asBoolean()).isTrue();
    assertThat(config.get("sync_comments").asBoolean()).isFalse();
    JsonNode webMapping = config.get("sync_status_forward").get(web);
    assertThat(webMapping.get("on_resolve").asString()).isEqualTo("Resolved");
    assertThat(webMapping.get("on_unresolve").asString()).isEqualTo("Active");
    assertThat(webMapping.get("types").get("User Story").get("on_resolve").asString())
        .isEqualTo("Closed");
    assertThat(config.get("sync_status_forward").size()).isEqualTo(1);
    JsonNode mappings =
        api.get(integrationPath(org) + "user-mappings/", org.owner().token()).json();
    assertThat(mappings.get(0).get("adoIdentity").get("email").asString())
        .isEqualTo(ado.developer().email().toLowerCase());
  }

  private String integrationPath(TestOrg org) {
    JsonNode installations =
        api.get("/api/0/organizations/" + org.slug() + "/integrations/", org.owner().token())
            .json();
    return "/api/0/organizations/"
        + org.slug()
        + "/integrations/"
        + installations.get(0).get("id").asString()
        + "/";
  }

  private JsonNode config(TestOrg org) {
    return api.get(integrationPath(org) + "config/", org.owner().token()).json();
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
