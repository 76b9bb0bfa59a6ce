package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A work item deleted in ADO loses its links; restored, it gets them back. */
@AdolinkIT
class SyncLinksIT {

  @Autowired SyncFixtures sync;

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
}
