package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.sync.SyncFixtures;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The integration page's sync log says who acted and says a refused write in words, with the
 * technical detail folded (issue 17).
 */
@AdolinkIT
class SyncLogBrowserIT extends BrowserTest {

  @Autowired SyncFixtures sync;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void clearFaults() {
    sync.clearFaults();
  }

  @Test
  void theSyncLogNamesWhoActedAndSaysARefusalInWordsWithTheDetailFolded() {
    Scenario s = sync.install(Map.of("sync_status_reverse", true));
    s.configure(
        Map.of(
            "sync_status_forward",
            Map.of(
                s.projectId("Web"), Map.of("on_resolve", "Resolved", "on_unresolve", "Active"))));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    s.developer().workItems().update(bug, WorkItemPatch.builder().state("Active").build());
    sync.sync();
    s.updateIssue(issue, Map.of("status", "resolved"));
    sync.faults(
        new FaultSettings(0, Optional.empty(), Optional.of(new FaultSettings.Outage(400, 20))));
    sync.sync();
    sync.clearFaults();
    String owner =
        jdbc.sql("select name from users where id = :id")
            .param("id", Long.parseLong(s.installed().org().owner().id()))
            .query(String.class)
            .single();

    browser.signIn(s.installed().org().owner().email(), TrackerFixtures.PASSWORD);
    browser.open("/organizations/" + s.installed().org().slug() + "/integrations/" + s.id() + "/");

    WebElement refused = browser.find("#sync-log-list tr.problem");
    assertThat(refused.findElement(By.cssSelector(".actor")).getText()).isEqualTo(owner);
    assertThat(refused.findElement(By.cssSelector(".said")).getText())
        .startsWith("Azure DevOps refused the ")
        .doesNotContain("400");
    WebElement detail = refused.findElement(By.cssSelector("details"));
    assertThat(detail.getAttribute("open")).isNull();
    assertThat(detail.findElement(By.cssSelector("pre")).getAttribute("textContent"))
        .contains("400");
    assertThat(browser.text("#sync-log-list"))
        .contains(s.installed().ado().developer().displayName() + " in Azure DevOps");
  }
}
