package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The sync log says who acted (the tracker user behind a write, ADO's {@code System.ChangedBy}
 * behind a change brought in) and says a refused write in people's words, keeping the detail.
 */
@AdolinkIT
class SyncLogActorIT {

  static final Map<String, Boolean> BOTH_WAYS = Map.of("sync_status_reverse", true);

  @Autowired SyncFixtures sync;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void clearFaults() {
    sync.clearFaults();
  }

  static JsonNode lastOutbound(Scenario s, long issue) {
    for (JsonNode entry : s.syncLog(issue)) {
      if (entry.get("direction").asString().equals("outbound")) {
        return entry;
      }
    }
    throw new AssertionError("no outbound entry for issue " + issue);
  }

  String ownerName(Scenario s) {
    return jdbc.sql("select name from users where id = :id")
        .param("id", Long.parseLong(s.installed().org().owner().id()))
        .query(String.class)
        .single();
  }

  @Test
  void aWriteToAzureDevOpsNamesTheUserWhoChangedTheIssue() {
    Scenario s = sync.install(Map.of());
    SyncStatusIT.mapWeb(s, "Resolved", "Active");
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);

    s.updateIssue(issue, Map.of("status", "resolved"));
    sync.sync();

    JsonNode entry = lastOutbound(s, issue);
    assertThat(entry.get("result").asString()).isEqualTo("applied");
    assertThat(entry.get("actor").get("type").asString()).isEqualTo("user");
    assertThat(entry.get("actor").get("name").asString()).isEqualTo(ownerName(s));
  }

  @Test
  void aChangeBroughtInFromAzureDevOpsNamesWhoMadeItThere() {
    Scenario s = sync.install(BOTH_WAYS);
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);

    s.developer().workItems().update(bug, WorkItemPatch.builder().state("Resolved").build());
    sync.sync();

    JsonNode entry = s.syncLog(issue).get(0);
    assertThat(entry.get("direction").asString()).isEqualTo("inbound");
    assertThat(entry.get("result").asString()).isEqualTo("applied");
    assertThat(entry.get("actor").get("type").asString()).isEqualTo("azure_devops");
    assertThat(entry.get("actor").get("name").asString())
        .isEqualTo(s.installed().ado().developer().displayName());
  }

  @Test
  void aWriteAzureDevOpsRefusesIsSaidInWordsAndKeepsTheTechnicalDetail() {
    Scenario s = sync.install(Map.of());
    SyncStatusIT.mapWeb(s, "Resolved", "Active");
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    s.updateIssue(issue, Map.of("status", "resolved"));

    sync.faults(
        new FaultSettings(0, Optional.empty(), Optional.of(new FaultSettings.Outage(400, 20))));
    sync.sync();
    sync.clearFaults();

    JsonNode entry = lastOutbound(s, issue);
    assertThat(entry.get("result").asString()).isEqualTo("failed");
    assertThat(entry.get("error").asString()).contains("400");
    assertThat(entry.get("errorSentence").asString())
        .startsWith("Azure DevOps refused the ")
        .doesNotContain("400")
        .doesNotContain("http");
    assertThat(entry.get("actor").get("name").asString()).isEqualTo(ownerName(s));
  }
}
