package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import dev.adolink.server.sync.SyncFixtures;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The sync settings: status mapping per project with its types folded, and priority mapping. */
@AdolinkIT
class SyncConfigBrowserIT extends BrowserTest {

  @Autowired SyncFixtures sync;

  @Test
  void eachProjectIsOneRowWithItsTypesFoldedOfferingOnlyTheStatesEachTypeHas() {
    Scenario s = sync.install(Map.of());
    TestOrg org = s.installed().org();
    String web = s.projectId("Web");
    browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);
    browser.open("/organizations/" + org.slug() + "/integrations/" + s.id() + "/");

    assertThat(browser.all("#status-mapping > tbody")).hasSize(2);
    WebElement taskResolve = browser.find("select[name='resolve|" + web + "|Task']");
    assertThat(taskResolve.isDisplayed()).as("types are folded").isFalse();
    assertThat(options("select[name='resolve|" + web + "|Task']"))
        .contains("Closed")
        .doesNotContain("Resolved");
    assertThat(options("select[name='resolve|" + web + "']"))
        .contains("Resolved", "Closed", "Active");

    browser.click("#status-mapping tbody[data-project='" + web + "'] summary");
    browser.select("select[name='resolve|" + web + "']", "Resolved");
    browser.select("select[name='unresolve|" + web + "']", "Active");
    browser.select("select[name='resolve|" + web + "|Task']", "Closed");
    browser.select("select[name='unresolve|" + web + "|Task']", "Active");
    browser.click("#config input[name=sync_priority_forward]");
    browser.select("select[name='priority|" + web + "|error']", "1");
    browser.select("select[name='priority|" + web + "|info']", "3");
    browser.submit("#config button[type=submit]");
    assertThat(browser.page()).contains("Configuration saved.");
    browser.screenshot("sync-config");

    assertThat(browser.find("select[name='resolve|" + web + "|Task']").isDisplayed())
        .as("a project whose types have their own mapping shows them")
        .isTrue();
    assertThat(browser.find("#config input[name=sync_priority_forward]").isSelected()).isTrue();
    JsonNode config = s.get(s.installed().path() + "config/");
    assertThat(config.get("sync_priority_forward").asBoolean()).isTrue();
    assertThat(config.get("sync_priority_reverse").asBoolean()).isFalse();
    assertThat(config.get("sync_priority_mapping").get(web).get("error").asInt()).isEqualTo(1);
    assertThat(config.get("sync_priority_mapping").get(web).get("info").asInt()).isEqualTo(3);
    assertThat(config.get("sync_priority_mapping").get(web).get("fatal").asInt()).isEqualTo(1);
    JsonNode webStatus = config.get("sync_status_forward").get(web);
    assertThat(webStatus.get("on_resolve").asString()).isEqualTo("Resolved");
    assertThat(webStatus.get("types").get("Task").get("on_resolve").asString()).isEqualTo("Closed");
  }

  private List<String> options(String select) {
    return browser.find(select).findElements(org.openqa.selenium.By.tagName("option")).stream()
        .map(option -> option.getAttribute("textContent").trim())
        .toList();
  }
}
