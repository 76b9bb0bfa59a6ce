package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import dev.adolink.server.sync.SyncFixtures;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The issue page's linked work items in the browser: what adolink knows of each (type, state with
 * its category, assignee, last sync), a write that failed with its reason and a retry that really
 * sends it again, a state that contradicts the issue's status said in words, an alert rule that
 * failed for the issue, and the panel beside the issue at 800 px.
 */
@AdolinkIT
class WorkItemPanelBrowserIT extends BrowserTest {

  @Autowired SyncFixtures sync;
  @Autowired DueJobs dueJobs;

  @AfterEach
  void clearFaults() {
    sync.clearFaults();
  }

  private Scenario mapped() {
    Scenario s = sync.install(Map.of("sync_status_reverse", true));
    s.configure(
        Map.of(
            "sync_status_forward",
            Map.of(s.projectId("Web"), Map.of("on_resolve", "Closed", "on_unresolve", "Active"))));
    return s;
  }

  private void open(Scenario s, long issue) {
    TestOrg org = s.installed().org();
    browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);
    browser.open("/organizations/" + org.slug() + "/issues/" + issue + "/");
  }

  @Test
  void eachLinkedWorkItemShowsItsTypeStateAssigneeAndLastSyncAsAdolinkKnowsThem() {
    Scenario s = mapped();
    int bug = s.createWorkItem("Web", "Bug", "Checkout crash");
    long issue = s.linkedIssue("Checkout crash", bug);
    open(s, issue);
    assertThat(browser.text("#linked-work-items .wi-type")).isEqualTo("Bug");
    assertThat(browser.text("#linked-work-items .wi-state")).isEqualTo("New");
    assertThat(browser.find("#linked-work-items .wi-state").getAttribute("data-category"))
        .isEqualTo("proposed");
    assertThat(browser.text("#linked-work-items .wi-assignee")).isEqualTo("nobody");

    String developer = s.installed().ado().developer().email();
    s.developer()
        .workItems()
        .update(bug, WorkItemPatch.builder().state("Active").assignTo(developer).build());
    sync.sync();
    browser.reload();

    assertThat(browser.text("#linked-work-items .wi-state")).isEqualTo("Active");
    assertThat(browser.find("#linked-work-items .wi-state").getAttribute("class"))
        .contains("state-inprogress");
    assertThat(browser.text("#linked-work-items .wi-assignee"))
        .isEqualTo(s.installed().ado().developer().displayName());
    assertThat(browser.text("#linked-work-items .wi-synced")).isNotEqualTo("not yet");
    assertThat(browser.all("#linked-work-items .wi-mismatch")).isEmpty();
    assertThat(browser.all("#linked-work-items .wi-failure")).isEmpty();
    browser.screenshot("work-item-panel");
  }

  @Test
  void aFailedWriteShowsItsReasonAndTheMismatchAndRetryNowSendsItAgain() {
    Scenario s = mapped();
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    open(s, issue);

    sync.faults(outage(400, 1));
    browser.clickText("#status-form", "Resolve");
    sync.sync();
    sync.clearFaults();
    browser.reload();

    assertThat(browser.text("#status")).isEqualTo("resolved");
    assertThat(browser.text("#linked-work-items .wi-failure"))
        .startsWith("Writing the status to Azure DevOps failed: Azure DevOps refused the change")
        .doesNotContain("400");
    assertThat(browser.text("#linked-work-items .wi-mismatch"))
        .startsWith("Azure DevOps says New, this issue is resolved: not synced because")
        .contains("the last sync of the status failed");
    browser.screenshot("work-item-panel-failed");

    browser.clickText("#linked-work-items .wi-failure", "Retry now");
    assertThat(browser.text(".notice")).contains("sent to Azure DevOps again");
    sync.sync();
    browser.reload();

    assertThat(s.workItem(bug).fields().state()).as(s.syncLog(issue).toString()).contains("Closed");
    assertThat(browser.text("#linked-work-items .wi-state")).isEqualTo("Closed");
    assertThat(browser.all("#linked-work-items .wi-failure")).isEmpty();
    assertThat(browser.all("#linked-work-items .wi-mismatch")).isEmpty();
  }

  @Test
  void anIgnoredIssueWhoseWorkItemIsResolvedSaysWhyTheyDiffer() {
    Scenario s = sync.install(Map.of("sync_comments", true));
    int bug = s.createWorkItem("Web", "Bug", "Flaky");
    long issue = s.linkedIssue("Flaky", bug);
    s.updateIssue(issue, Map.of("status", "ignored"));
    s.developer().workItems().update(bug, WorkItemPatch.builder().state("Resolved").build());
    sync.sync();

    open(s, issue);

    assertThat(browser.text("#status")).isEqualTo("ignored");
    assertThat(browser.text("#linked-work-items .wi-state")).isEqualTo("Resolved");
    assertThat(browser.text("#linked-work-items .wi-mismatch"))
        .isEqualTo(
            "Azure DevOps says Resolved, this issue is ignored: not synced because ignoring an"
                + " issue is not sent to Azure DevOps, and states from Azure DevOps are not brought"
                + " here.");
  }

  @Test
  void anAlertRuleThatFailedForTheIssueSaysSoOnTheIssue() {
    Scenario s = mapped();
    TestOrg org = s.installed().org();
    TestApi.Response rule =
        api.post(
            "/api/0/projects/" + org.slug() + "/" + org.project() + "/alert-rules/",
            org.owner().token(),
            Map.of(
                "name",
                "Errors to ADO",
                "conditions",
                Map.of(),
                "action",
                Map.of(
                    "integrationId",
                    s.id(),
                    "project",
                    "Web",
                    "work_item_type",
                    "Task",
                    "tags",
                    List.of("alert"))));
    assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    sync.faults(outage(400, 1000));
    long issue = s.issue("Refused by ADO");
    dueJobs.run();
    sync.clearFaults();

    open(s, issue);

    assertThat(browser.text("#rule-failures"))
        .startsWith("Alert rule Errors to ADO could not create a work item: ")
        .contains("Azure DevOps refused the request");
  }

  @Test
  void theWorkItemsSitBesideTheIssueAt800Pixels() {
    Scenario s = mapped();
    int bug = s.createWorkItem("Web", "Bug", "Narrow");
    long issue = s.linkedIssue("Narrow", bug);
    open(s, issue);
    browser.resize(800, 900);
    try {
      browser.reload();
      int panelTop = browser.find("#work-items").getRect().getY();
      int panelLeft = browser.find("#work-items").getRect().getX();
      int activityTop = browser.find("#activity").getRect().getY();
      int commentsLeft = browser.find("#comments").getRect().getX();
      assertThat(panelLeft).as("beside the issue").isGreaterThan(commentsLeft + 200);
      assertThat(panelTop).as("not below the activity list").isLessThan(activityTop);
      browser.screenshot("work-item-panel-800px");
    } finally {
      browser.resize(1280, 1000);
    }
  }

  static FaultSettings outage(int status, int requests) {
    return new FaultSettings(
        0, Optional.empty(), Optional.of(new FaultSettings.Outage(status, requests)));
  }
}
