package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The issue's level ↔ the work item's priority (and severity where the type has it), both ways
 * through the emulator, each way behind its flag, with a per-project mapping.
 */
@AdolinkIT
class SyncPriorityIT {

  static final Map<String, Boolean> BOTH_WAYS =
      Map.of("sync_priority_forward", true, "sync_priority_reverse", true);

  @Autowired SyncFixtures sync;
  @Autowired TestApi api;

  static void priority(Scenario s, int workItem, int priority) {
    s.developer()
        .workItems()
        .update(workItem, WorkItemPatch.builder().add(PriorityField.PRIORITY, priority).build());
  }

  static String level(Scenario s, long issue) {
    return s.issueJson(issue).get("level").asString();
  }

  static List<JsonNode> priorityLog(Scenario s, long issue) {
    List<JsonNode> entries = new ArrayList<>();
    for (JsonNode entry : s.syncLog(issue)) {
      if (entry.get("field").asString().equals("priority")) {
        entries.add(entry);
      }
    }
    return entries;
  }

  static JsonNode lastOutbound(Scenario s, long issue) {
    return priorityLog(s, issue).stream()
        .filter(entry -> entry.get("direction").asString().equals("outbound"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aLevelChangeWritesTheMappedPriorityAndTheSeverityOfABug() {
    Scenario s = sync.install(BOTH_WAYS);
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);

    s.updateIssue(issue, Map.of("level", "fatal"));
    sync.sync();

    assertThat(s.workItem(bug).fields().integer(PriorityField.PRIORITY)).hasValue(1);
    assertThat(s.workItem(bug).fields().string(PriorityField.SEVERITY)).contains("1 - Critical");
    JsonNode entry = lastOutbound(s, issue);
    assertThat(entry.get("newValue").asString()).isEqualTo("1");
    assertThat(entry.get("result").asString()).isEqualTo("applied");
    assertThat(priorityLog(s, issue).get(0).get("result").asString())
        .as("the write's own delivery is an echo")
        .isEqualTo("echo");
    assertThat(level(s, issue)).isEqualTo("fatal");

    s.updateIssue(issue, Map.of("level", "warning"));
    sync.sync();

    assertThat(s.workItem(bug).fields().integer(PriorityField.PRIORITY)).hasValue(3);
    assertThat(s.workItem(bug).fields().string(PriorityField.SEVERITY)).contains("3 - Medium");
  }

  @Test
  void aTypeWithoutSeverityGetsThePriorityOnly() {
    Scenario s = sync.install(BOTH_WAYS);
    int task = s.createWorkItem("Web", "Task", "Clean up");
    long issue = s.linkedIssue("Clean up", task);

    s.updateIssue(issue, Map.of("level", "info"));
    sync.sync();

    assertThat(s.workItem(task).fields().integer(PriorityField.PRIORITY)).hasValue(4);
    assertThat(s.workItem(task).fields().has(PriorityField.SEVERITY)).isFalse();
    assertThat(lastOutbound(s, issue).get("result").asString()).isEqualTo("applied");
  }

  @Test
  void aPriorityChangedInAzureDevOpsSetsTheMostSevereLevelMappedToIt() {
    Scenario s = sync.install(BOTH_WAYS);
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);

    priority(s, bug, 3);
    sync.sync();

    assertThat(level(s, issue)).isEqualTo("warning");
    JsonNode entry = priorityLog(s, issue).get(0);
    assertThat(entry.get("direction").asString()).isEqualTo("inbound");
    assertThat(entry.get("oldValue").asString()).isEqualTo("error");
    assertThat(entry.get("newValue").asString()).isEqualTo("warning");
    assertThat(entry.get("result").asString()).isEqualTo("applied");

    priority(s, bug, 4);
    sync.sync();

    assertThat(level(s, issue)).isEqualTo("info");
  }

  @Test
  void aDeliveryOfAPriorityAppliesAsAServiceHookSendsIt() {
    Scenario s = sync.install(BOTH_WAYS);
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);

    assertThat(
            s.deliverUpdate(bug, 900, Map.of(PriorityField.PRIORITY, new Object[] {2, 1}), Map.of())
                .status())
        .isEqualTo(200);
    sync.sync();

    assertThat(level(s, issue)).isEqualTo("fatal");
  }

  @Test
  void withTheFlagsOffNothingSyncsEitherWay() {
    Scenario s = sync.install(Map.of("sync_status_reverse", true));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    int before = s.workItem(bug).fields().integer(PriorityField.PRIORITY).orElse(-1);

    s.updateIssue(issue, Map.of("level", "fatal"));
    sync.sync();
    assertThat(s.workItem(bug).fields().integer(PriorityField.PRIORITY).orElse(-1))
        .isEqualTo(before);

    priority(s, bug, 4);
    sync.sync();
    assertThat(level(s, issue)).isEqualTo("fatal");
    assertThat(priorityLog(s, issue)).isEmpty();
  }

  @Test
  void eachWayHasItsOwnFlag() {
    Scenario s = sync.install(Map.of("sync_priority_reverse", true));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);

    s.updateIssue(issue, Map.of("level", "debug"));
    sync.sync();
    assertThat(s.workItem(bug).fields().integer(PriorityField.PRIORITY).orElse(-1)).isNotEqualTo(4);

    priority(s, bug, 1);
    sync.sync();
    assertThat(level(s, issue)).isEqualTo("fatal");
  }

  @Test
  void aProjectsOwnMappingIsHonouredBothWays() {
    Scenario s = sync.install(BOTH_WAYS);
    s.configure(
        Map.of(
            "sync_priority_mapping",
            Map.of(s.projectId("Web"), Map.of("error", 1, "warning", 1, "info", 3, "debug", 3))));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    int other = s.createWorkItem("Mobile", "Bug", "Other");
    long otherIssue = s.linkedIssue("Other", other);

    s.updateIssue(issue, Map.of("level", "warning"));
    s.updateIssue(otherIssue, Map.of("level", "warning"));
    sync.sync();

    assertThat(s.workItem(bug).fields().integer(PriorityField.PRIORITY)).hasValue(1);
    assertThat(s.workItem(other).fields().integer(PriorityField.PRIORITY))
        .as("a project without its own mapping uses the default")
        .hasValue(3);

    priority(s, bug, 3);
    sync.sync();
    assertThat(level(s, issue)).isEqualTo("info");

    priority(s, bug, 4);
    sync.sync();
    assertThat(level(s, issue)).isEqualTo("info");
    JsonNode skipped = priorityLog(s, issue).get(0);
    assertThat(skipped.get("result").asString()).isEqualTo("skipped");
    assertThat(skipped.get("error").asString()).contains("no level is mapped to priority 4");
  }

  @Test
  void theConfigurationShowsTheFlagsAndMappingAndRefusesAnUnknownLevel() {
    Scenario s = sync.install(BOTH_WAYS);
    String project = s.projectId("Web");
    s.configure(Map.of("sync_priority_mapping", Map.of(project, Map.of("fatal", 1))));

    JsonNode config = s.get(s.installed().path() + "config/");
    assertThat(config.get("sync_priority_forward").asBoolean()).isTrue();
    assertThat(config.get("sync_priority_reverse").asBoolean()).isTrue();
    assertThat(config.get("sync_priority_mapping").get(project).get("fatal").asInt()).isEqualTo(1);

    TestApi.Response refused =
        api.put(
            s.installed().path() + "config/",
            s.installed().org().owner().token(),
            Map.of("sync_priority_mapping", Map.of(project, Map.of("critical", 1))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get("sync_priority_mapping").asString())
        .contains("'critical' is not a level");
    TestApi.Response outOfRange =
        api.put(
            s.installed().path() + "config/",
            s.installed().org().owner().token(),
            Map.of("sync_priority_mapping", Map.of(project, Map.of("fatal", 7))));
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.json().get("errors").get("sync_priority_mapping").asString())
        .contains("from 1 to 4");
  }
}
