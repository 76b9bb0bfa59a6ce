package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.Browser;
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
 * The issue page's work item panel over plain HTTP, on both databases (the browser tests run on H2
 * only): the state a delivery brought is stored on the link and shown, a failed write and an alert
 * rule's failure are read back from the sync log and the rule's failures of the issue.
 */
@AdolinkIT
class WorkItemPanelIT {

  @Autowired TestApi api;
  @Autowired SyncFixtures sync;
  @Autowired DueJobs dueJobs;

  @AfterEach
  void clearFaults() {
    sync.clearFaults();
  }

  @Test
  void theStateOfADeliveryAFailedWriteAndARuleFailureShowOnTheIssuePage() {
    Scenario s = sync.install(Map.of("sync_status_reverse", true));
    s.configure(
        Map.of(
            "sync_status_forward",
            Map.of(s.projectId("Web"), Map.of("on_resolve", "Closed", "on_unresolve", "Active"))));
    TestOrg org = s.installed().org();
    int bug = s.createWorkItem("Web", "Bug", "Panel crash");
    long issue = s.linkedIssue("Panel crash", bug);
    s.developer().workItems().update(bug, WorkItemPatch.builder().state("Active").build());
    sync.sync();

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
    sync.faults(
        new FaultSettings(0, Optional.empty(), Optional.of(new FaultSettings.Outage(400, 1000))));
    long refused = s.issue("Refused for the rule");
    dueJobs.run();
    s.updateIssue(issue, Map.of("status", "resolved"));
    sync.sync();
    sync.clearFaults();

    Browser browser = new Browser(api).signIn(org.owner().email(), TrackerFixtures.PASSWORD);
    String page = browser.get("/organizations/" + org.slug() + "/issues/" + issue + "/").body();
    assertThat(page)
        .contains("data-key=\"" + bug + "\"")
        .contains(">Active</span>")
        .contains("Writing the status to Azure DevOps failed: ")
        .contains("Azure DevOps says Active, this issue is resolved: not synced because");

    String rulePage =
        browser.get("/organizations/" + org.slug() + "/issues/" + refused + "/").body();
    assertThat(rulePage).contains("Alert rule Errors to ADO could not create a work item: ");
  }
}
