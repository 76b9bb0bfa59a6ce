package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures.AdoUser;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import dev.adolink.server.webhooks.DeliveryRuns;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A work item deleted in ADO loses its links; restored, it gets them back, and the writes that
 * waited for it.
 */
@AdolinkIT
class SyncLinksIT {

  @Autowired SyncFixtures sync;
  @Autowired ApplicationContext context;
  @Autowired OutboundJob outboundJob;
  @Autowired JdbcClient jdbc;

  @Test
  void deletingAWorkItemRemovesItsLinksAndRestoringItBringsThemBack() {
    Scenario s = sync.install(Map.of());
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);

    s.developer().workItems().delete(bug);
    sync.sync();

    assertThat(s.issueJson(issue).get("externalIssues")).isEmpty();
    JsonNode activities = s.activities(issue);
    JsonNode unlinked = activities.get(activities.size() - 1);
    assertThat(unlinked.get("type").asString()).isEqualTo("unlink_issue");
    assertThat(unlinked.get("data").get("reason").asString()).isEqualTo("deleted");
    assertThat(s.syncLog(issue).get(0).get("field").asString()).isEqualTo("link");
    assertThat(s.syncLog(issue).get(0).get("oldValue").asString()).isEqualTo("linked");

    s.restore(bug);
    sync.sync();

    assertThat(s.issueJson(issue).get("externalIssues")).hasSize(1);
    assertThat(s.activities(issue).get(s.activities(issue).size() - 1).get("type").asString())
        .isEqualTo("link_issue");
    assertThat(s.syncLog(issue).get(0).get("newValue").asString()).isEqualTo("linked");
  }

  @Test
  void writesQueuedForAWorkItemDeletedMeanwhileGoOutOnceItIsRestored() throws Exception {
    Scenario s = sync.install(Map.of("sync_forward_assignment", true));
    AdoUser developer = s.installed().ado().developer();
    s.member(developer.email(), "Dev");
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    sync.sync();
    DeliveryRuns runs = new DeliveryRuns(context);

    s.updateIssue(issue, Map.of("assignedTo", developer.email()));
    s.developer().workItems().delete(bug);
    sync.deliver();
    for (long delivery : runs.received(s.id())) {
      runs.run(delivery);
    }
    sync.sync();
    assertThat(SyncFixtures.values(s.syncLog(issue), "result")).doesNotContain("failed");

    s.restore(bug);
    sync.sync();

    assertThat(s.workItem(bug).fields().assignedTo().orElseThrow().email())
        .isEqualToIgnoringCase(developer.email());
  }

  @Test
  void aWriteThatFindsTheWorkItemDeletedBeforeTheDeletionArrivedWaitsForTheRestore()
      throws Exception {
    Scenario s = sync.install(Map.of("sync_forward_assignment", true));
    AdoUser developer = s.installed().ado().developer();
    s.member(developer.email(), "Dev");
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    sync.sync();

    s.updateIssue(issue, Map.of("assignedTo", developer.email()));
    s.developer().workItems().delete(bug);
    outboundJob.run(new OutboundJob.Payload(s.id()), null);
    assertThat(SyncFixtures.values(s.syncLog(issue), "result"))
        .contains("retrying")
        .doesNotContain("failed");
    sync.sync();

    s.restore(bug);
    sync.sync();

    assertThat(s.workItem(bug).fields().assignedTo().orElseThrow().email())
        .isEqualToIgnoringCase(developer.email());
  }
}
