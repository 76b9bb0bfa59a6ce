package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TrackerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The alert rule form in the browser: the regression checkbox, and the rule in the list. */
@AdolinkIT
class AlertRuleBrowserIT extends BrowserTest {

  @Autowired IntegrationFixtures integrations;

  @Test
  void aRuleCreatedWithTheRegressionBoxSaysSoInTheListAndTheApi() {
    Installed installed = integrations.installed();
    String org = installed.org().slug();
    String project = installed.org().project();
    browser.signIn(installed.org().owner().email(), TrackerFixtures.PASSWORD);

    browser.open("/organizations/" + org + "/projects/" + project + "/alert-rules/");
    browser.type("#rule-form input[name=name]", "Regressions to ADO");
    browser.click("#rule-form input[name=regression]");
    browser.selectValue("#rule-form select[name=project]", "Web");
    browser.selectValue("#rule-form select[name=work_item_type]", "Task");
    browser.submit("#rule-form button[type=submit]");

    assertThat(browser.page()).contains("Alert rule Regressions to ADO created.");
    assertThat(browser.text("#rules tbody tr"))
        .contains("Regressions to ADO")
        .contains("when a resolved issue regresses");
    JsonNode rules =
        api.get(
                "/api/0/projects/" + org + "/" + project + "/alert-rules/",
                installed.org().owner().token())
            .json();
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).get("conditions").get("regression").asBoolean()).isTrue();
  }

  @Test
  void theRegressionBoxWithANumberOfEventsIsRefusedAndStaysTicked() {
    Installed installed = integrations.installed();
    String org = installed.org().slug();
    String project = installed.org().project();
    browser.signIn(installed.org().owner().email(), TrackerFixtures.PASSWORD);

    browser.open("/organizations/" + org + "/projects/" + project + "/alert-rules/");
    browser.type("#rule-form input[name=name]", "Both");
    browser.type("#rule-form input[name=minEvents]", "5");
    browser.click("#rule-form input[name=regression]");
    browser.selectValue("#rule-form select[name=work_item_type]", "Task");
    browser.submit("#rule-form button[type=submit]");

    assertThat(browser.page()).contains("cannot be combined with a number of events");
    assertThat(browser.find("#rule-form input[name=regression]").isSelected()).isTrue();
    assertThat(browser.all("#rules")).isEmpty();
  }
}
