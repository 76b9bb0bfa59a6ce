package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import dev.adolink.server.webhooks.DeliveryRuns;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Status both ways, with real deliveries from the emulator (DESIGN §5). */
@AdolinkIT
class SyncStatusIT {

  static final Map<String, Boolean> REVERSE = Map.of("sync_status_reverse", true);

  @Autowired SyncFixtures sync;
  @Autowired DueJobs dueJobs;
  @Autowired MutableClock clock;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void clearFaults() {
    sync.clearFaults();
  }

  static void state(Scenario s, int workItem, String state) {
    s.developer().workItems().update(workItem, WorkItemPatch.builder().state(state).build());
  }

  static String status(Scenario s, long issue) {
    return s.issueJson(issue).get("status").asString();
  }

  /** The issue's status once the work item moved to the state and everything settled. */
  String statusAfter(Scenario s, int workItem, String state, long issue) {
    state(s, workItem, state);
    sync.sync();
    return status(s, issue);
  }

  static JsonNode lastLog(Scenario s, long issue) {
    return s.syncLog(issue).get(0);
  }

  static JsonNode lastOutbound(Scenario s, long issue) {
    for (JsonNode entry : s.syncLog(issue)) {
      if (entry.get("direction").asString().equals("outbound")) {
        return entry;
      }
    }
    throw new AssertionError("no outbound entry for issue " + issue);
  }

  static void mapWeb(Scenario s, String onResolve, String onUnresolve) {
    s.configure(
        Map.of(
            "sync_status_forward",
            Map.of(
                s.projectId("Web"), Map.of("on_resolve", onResolve, "on_unresolve", onUnresolve))));
  }

  record LinkedTask(Scenario scenario, int task, long issue) {}

  /** Agile's Task (New, Active, Closed: no Resolved) in a project mapped to Resolved and Active. */
  LinkedTask taskOfWebMappedToResolvedAndActive() {
    Scenario s = sync.install(REVERSE);
    mapWeb(s, "Resolved", "Active");
    int task = s.createWorkItem("Web", "Task", "Fix the crash");
    return new LinkedTask(s, task, s.linkedIssue("Crash", task));
  }

  @Nested
  class InboundByCategories {

    @Test
    void aWorkItemBecomingDoneResolvesItsIssuesWithTheIntegrationAsSource() {
      Scenario s = sync.install(REVERSE);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      state(s, bug, "Resolved");
      sync.sync();

      assertThat(status(s, issue)).isEqualTo("resolved");
      JsonNode activities = s.activities(issue);
      JsonNode activity = activities.get(activities.size() - 1);
      assertThat(activity.get("type").asString()).isEqualTo("set_resolved");
      assertThat(activity.get("source").get("type").asString()).isEqualTo("integration");
      assertThat(activity.get("source").get("id").asString()).isEqualTo(String.valueOf(s.id()));
      JsonNode entry = lastLog(s, issue);
      assertThat(entry.get("direction").asString()).isEqualTo("inbound");
      assertThat(entry.get("issueId").asString()).isEqualTo(String.valueOf(issue));
      assertThat(entry.get("workItemId").asInt()).isEqualTo(bug);
      assertThat(entry.get("field").asString()).isEqualTo("status");
      assertThat(entry.get("oldValue").asString()).isEqualTo("unresolved");
      assertThat(entry.get("newValue").asString()).isEqualTo("resolved");
      assertThat(entry.get("result").asString()).isEqualTo("applied");
      assertThat(entry.has("error")).isFalse();
    }

    @Test
    void aDeliveryOvertakenByANewerRevisionLeavesTheStatusAlone() throws Exception {
      Scenario s = sync.install(REVERSE);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      sync.sync();
      DeliveryRuns runs = new DeliveryRuns(context);

      state(s, bug, "Resolved");
      state(s, bug, "Active");
      sync.deliver();
      List<Long> received = runs.received(s.id());
      assertThat(received).hasSize(2);
      runs.run(received.get(1));
      runs.run(received.get(0));

      assertThat(status(s, issue)).isEqualTo("unresolved");
      JsonNode stale = lastLog(s, issue);
      assertThat(stale.get("newValue").asString()).isEqualTo("Resolved");
      assertThat(stale.get("result").asString()).isEqualTo("superseded");
      assertThat(stale.get("error").asString()).contains("arrived after revision");
    }

    @Test
    void leavingADoneStateUnresolves() {
      Scenario s = sync.install(REVERSE);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      state(s, bug, "Resolved");
      sync.sync();

      state(s, bug, "Active");
      sync.sync();

      assertThat(status(s, issue)).isEqualTo("unresolved");
      assertThat(lastLog(s, issue).get("newValue").asString()).isEqualTo("unresolved");
    }

    @Test
    void movingBetweenTwoDoneOrTwoOpenStatesChangesNothingAndSaysWhy() {
      Scenario s = sync.install(REVERSE);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      state(s, bug, "Active");
      sync.sync();
      assertThat(status(s, issue)).isEqualTo("unresolved");
      assertThat(lastLog(s, issue).get("result").asString()).isEqualTo("skipped");
      assertThat(lastLog(s, issue).get("error").asString()).contains("both not done");

      state(s, bug, "Resolved");
      sync.sync();
      s.updateIssue(issue, Map.of("status", "unresolved"));
      state(s, bug, "Closed");
      sync.sync();

      assertThat(status(s, issue)).isEqualTo("unresolved");
      assertThat(lastLog(s, issue).get("oldValue").asString()).isEqualTo("Resolved");
      assertThat(lastLog(s, issue).get("newValue").asString()).isEqualTo("Closed");
      assertThat(lastLog(s, issue).get("result").asString()).isEqualTo("skipped");
    }

    @Test
    void theCategoriesOfTheWorkItemsOwnTypeDecide() {
      Scenario s = sync.install(REVERSE);
      // Scrum: an Impediment's Closed is Completed; the Scrum Bug has no state of that name
      int impediment = s.createWorkItem("Mobile", "Impediment", "Blocked by a crash");
      long issue = s.linkedIssue("Crash", impediment);

      state(s, impediment, "Closed");
      sync.sync();

      assertThat(status(s, issue)).isEqualTo("resolved");
    }

    @Test
    void aCustomStateIsNotDone() {
      Scenario s = sync.install(REVERSE);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      s.updateIssue(issue, Map.of("status", "resolved"));

      s.deliverUpdate(
          bug, 900, Map.of("System.State", new Object[] {"Active", "Triaged"}), Map.of());
      sync.sync();
      assertThat(status(s, issue)).isEqualTo("resolved");
      assertThat(lastLog(s, issue).get("result").asString()).isEqualTo("skipped");

      s.deliverUpdate(
          bug, 901, Map.of("System.State", new Object[] {"Resolved", "Triaged"}), Map.of());
      sync.sync();
      assertThat(status(s, issue)).isEqualTo("unresolved");
    }

    @Test
    void aNewWorkItemNeverChangesAnIssue() {
      Scenario s = sync.install(REVERSE);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      s.deliverUpdate(bug, 1, Map.of("System.State", new Object[] {null, "Resolved"}), Map.of());
      sync.sync();

      assertThat(status(s, issue)).isEqualTo("unresolved");
      assertThat(lastLog(s, issue).get("error").asString()).contains("new work item");
    }

    @Test
    void everyLinkedIssueFollows() {
      Scenario s = sync.install(REVERSE);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long first = s.linkedIssue("Crash", bug);
      long second = s.linkedIssue("Crash again", bug);

      state(s, bug, "Closed");
      sync.sync();

      assertThat(status(s, first)).isEqualTo("resolved");
      assertThat(status(s, second)).isEqualTo("resolved");
    }

    @Test
    void nothingHappensWhileTheFlagIsOff() {
      Scenario s = sync.install(Map.of("sync_status_reverse", false));
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      state(s, bug, "Resolved");
      sync.sync();

      assertThat(status(s, issue)).isEqualTo("unresolved");
      assertThat(s.syncLog(issue)).isEmpty();
    }
  }

  @Nested
  class InboundByMapping {

    @Test
    void enteringTheMappedResolveStateResolvesAndLeavingItForTheUnresolveStateUnresolves() {
      Scenario s = sync.install(REVERSE);
      mapWeb(s, "Closed", "Active");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      state(s, bug, "Resolved");
      sync.sync();
      assertThat(status(s, issue)).isEqualTo("unresolved");
      assertThat(lastLog(s, issue).get("error").asString()).contains("mapping");

      state(s, bug, "Closed");
      sync.sync();
      assertThat(status(s, issue)).isEqualTo("resolved");

      state(s, bug, "Active");
      sync.sync();
      assertThat(status(s, issue)).isEqualTo("unresolved");
    }

    @Test
    void aChangeFromAzureDevOpsIsNotWrittenBack() {
      Scenario s = sync.install(REVERSE);
      mapWeb(s, "Closed", "Active");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      state(s, bug, "Closed");
      int rev = s.workItem(bug).rev();
      sync.sync();

      assertThat(status(s, issue)).isEqualTo("resolved");
      assertThat(s.workItem(bug).rev()).isEqualTo(rev);
      assertThat(SyncFixtures.values(s.syncLog(issue), "direction")).containsOnly("inbound");
    }
  }

  /**
   * A project mapped to Resolved/Active, and Agile's Task (New, Active, Closed: no Resolved), for
   * which the outbound fallback writes Closed: inbound must agree with it.
   */
  @Nested
  class InboundForATypeWithoutTheMappedState {

    Scenario s;
    int task;
    long issue;

    @BeforeEach
    void linkATaskOfWebMappedToResolvedAndActive() {
      LinkedTask t = taskOfWebMappedToResolvedAndActive();
      s = t.scenario();
      task = t.task();
      issue = t.issue();
    }

    @Test
    void theTasksCategoriesDecideTheSideWhoseMappedStateItLacks() {

      assertThat(statusAfter(s, task, "Active", issue)).isEqualTo("unresolved");
      assertThat(lastLog(s, issue).get("result").asString()).isEqualTo("skipped");

      assertThat(statusAfter(s, task, "Closed", issue)).isEqualTo("resolved");
      assertThat(lastLog(s, issue).get("result").asString()).isEqualTo("applied");

      assertThat(statusAfter(s, task, "Active", issue)).isEqualTo("unresolved");
      assertThat(lastLog(s, issue).get("result").asString()).isEqualTo("applied");
    }

    @Test
    void leavingADoneStateForAnotherThanTheMappedUnresolveStateChangesNothingAndSaysWhy() {
      state(s, task, "Closed");
      sync.sync();

      state(s, task, "New");
      sync.sync();

      assertThat(status(s, issue)).isEqualTo("resolved");
      JsonNode entry = lastLog(s, issue);
      assertThat(entry.get("result").asString()).isEqualTo("skipped");
      assertThat(entry.get("error").asString())
          .isEqualTo(
              "the mapping (resolve: a done state, as the type has no state 'Resolved',"
                  + " unresolve: 'Active') says nothing about 'Closed' to 'New'");
    }

    @Test
    void bothDirectionsAgree() {
      state(s, task, "Active");
      sync.sync();

      s.updateIssue(issue, Map.of("status", "resolved"));
      sync.sync();
      assertThat(s.workItem(task).fields().state()).contains("Closed");
      JsonNode fallback = lastOutbound(s, issue);
      assertThat(fallback.get("result").asString()).isEqualTo("fallback");
      assertThat(fallback.get("error").asString())
          .isEqualTo(
              "Azure DevOps refused 'Resolved' for Task; wrote 'Closed' instead, the type's first"
                  + " done state (category Resolved, else Completed)");

      assertThat(statusAfter(s, task, "Active", issue)).isEqualTo("unresolved");

      assertThat(statusAfter(s, task, "Closed", issue)).isEqualTo("resolved");
    }

    @Test
    void aMappingForTheWorkItemsTypeWinsOverTheProjects() {
      s.configure(
          Map.of(
              "sync_status_forward",
              Map.of(
                  s.projectId("Web"),
                  Map.of(
                      "on_resolve",
                      "Resolved",
                      "on_unresolve",
                      "Active",
                      "types",
                      Map.of("Task", Map.of("on_resolve", "Closed", "on_unresolve", "New"))))));
      assertThat(statusAfter(s, task, "Closed", issue)).isEqualTo("resolved");

      assertThat(statusAfter(s, task, "Active", issue)).isEqualTo("resolved");
      assertThat(lastLog(s, issue).get("error").asString())
          .contains("resolve: 'Closed', unresolve: 'New'");

      state(s, task, "Closed");
      assertThat(statusAfter(s, task, "New", issue)).isEqualTo("unresolved");
    }
  }

  @Nested
  class WhenAzureDevOpsCannotBeAsked {

    void runJobsDuringAnOutage() {
      sync.faults(
          new FaultSettings(0, Optional.empty(), Optional.of(new FaultSettings.Outage(503, 100))));
      dueJobs.run();
    }

    void runJobsAfterTheOutage() {
      sync.clearFaults();
      clock.advance(Duration.ofMinutes(10));
      dueJobs.run();
    }

    @Test
    void nothingChangesAndTheDeliveryIsRetriedLater() {
      Scenario s = sync.install(REVERSE);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      s.updateIssue(issue, Map.of("status", "resolved"));
      state(s, bug, "Active");
      state(s, bug, "Resolved");
      sync.deliver();

      runJobsDuringAnOutage();

      assertThat(status(s, issue)).isEqualTo("resolved");
      assertThat(s.syncLog(issue)).isEmpty();

      runJobsAfterTheOutage();

      assertThat(s.syncLog(issue)).hasSize(2);
      assertThat(status(s, issue)).isEqualTo("resolved");
    }

    @Test
    void norWhenATypeMayLackAMappedStateAndItsStatesAreNeeded() {
      LinkedTask t = taskOfWebMappedToResolvedAndActive();
      state(t.scenario(), t.task(), "Closed");
      sync.deliver();

      runJobsDuringAnOutage();

      assertThat(status(t.scenario(), t.issue())).isEqualTo("unresolved");
      assertThat(t.scenario().syncLog(t.issue())).isEmpty();

      runJobsAfterTheOutage();

      assertThat(status(t.scenario(), t.issue())).isEqualTo("resolved");
    }
  }

  @Nested
  class Outbound {

    @Test
    void resolvingAnIssueMovesItsWorkItemToTheMappedStateAndTheEchoChangesNothing() {
      Scenario s = sync.install(REVERSE);
      mapWeb(s, "Closed", "Active");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      s.updateIssue(issue, Map.of("status", "resolved"));
      sync.sync();

      assertThat(s.workItem(bug).fields().state()).contains("Closed");
      JsonNode log = s.syncLog(issue);
      assertThat(SyncFixtures.values(log, "result")).containsExactly("echo", "applied");
      assertThat(log.get(1).get("direction").asString()).isEqualTo("outbound");
      assertThat(log.get(1).get("newValue").asString()).isEqualTo("Closed");
      assertThat(log.get(0).get("newValue").asString()).isEqualTo("Closed");
      assertThat(status(s, issue)).isEqualTo("resolved");
      assertThat(s.activities(issue).size()).isEqualTo(2);

      s.updateIssue(issue, Map.of("status", "unresolved"));
      sync.sync();

      assertThat(s.workItem(bug).fields().state()).contains("Active");
      assertThat(status(s, issue)).isEqualTo("unresolved");
    }

    @Test
    void aMappingForTheWorkItemsTypeWinsOverTheProjects() {
      Scenario s = sync.install(Map.of());
      s.configure(
          Map.of(
              "sync_status_forward",
              Map.of(
                  s.projectId("Web"),
                  Map.of(
                      "on_resolve",
                      "Closed",
                      "on_unresolve",
                      "Active",
                      "types",
                      Map.of(
                          "User Story",
                          Map.of("on_resolve", "Resolved", "on_unresolve", "New"))))));
      int story = s.createWorkItem("Web", "User Story", "Checkout crashes");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.issue("Crash");
      s.link(issue, story);
      s.link(issue, bug);

      s.updateIssue(issue, Map.of("status", "resolved"));
      sync.sync();

      assertThat(s.workItem(story).fields().state()).contains("Resolved");
      assertThat(s.workItem(bug).fields().state()).contains("Closed");
    }

    @Test
    void aStateTheTypeLacksFallsBackToOneOfTheRightCategoryAndSaysSo() {
      Scenario s = sync.install(Map.of());
      mapWeb(s, "Done", "Active");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      s.updateIssue(issue, Map.of("status", "resolved"));
      sync.sync();

      assertThat(s.workItem(bug).fields().state()).contains("Resolved");
      JsonNode entry = lastOutbound(s, issue);
      assertThat(entry.get("result").asString()).isEqualTo("fallback");
      assertThat(entry.get("newValue").asString()).isEqualTo("Resolved");
      assertThat(entry.get("error").asString())
          .isEqualTo(
              "Azure DevOps refused 'Done' for Bug; wrote 'Resolved' instead, the type's first done"
                  + " state (category Resolved, else Completed)");
    }

    @Test
    void aProjectWithoutAMappingIsSkippedVisibly() {
      Scenario s = sync.install(Map.of());
      s.configure(
          Map.of(
              "sync_status_forward",
              Map.of(s.projectId("Mobile"), Map.of("on_resolve", "Done", "on_unresolve", "New"))));
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      s.updateIssue(issue, Map.of("status", "resolved"));
      sync.sync();

      assertThat(s.workItem(bug).fields().state()).contains("New");
      assertThat(lastOutbound(s, issue).get("result").asString()).isEqualTo("skipped");
    }

    @Test
    void manyIssuesResolvedInOneRequestAreWrittenWithOneBatch() {
      Scenario s = sync.install(Map.of());
      mapWeb(s, "Resolved", "Active");
      List<Integer> bugs =
          List.of(1, 2, 3).stream().map(i -> s.createWorkItem("Web", "Bug", "Crash " + i)).toList();
      List<Long> issues = bugs.stream().map(bug -> s.linkedIssue("Crash", bug)).toList();
      long mark = sync.requestMark();

      s.updateIssues(issues, Map.of("status", "resolved"));
      sync.sync();

      for (int bug : bugs) {
        assertThat(s.workItem(bug).fields().state()).contains("Resolved");
      }
      List<RequestLog.Entry> writes =
          s.requestsSince(mark).stream().filter(e -> !e.method().equals("GET")).toList();
      assertThat(writes)
          .extracting(RequestLog.Entry::path)
          .containsExactly("/" + s.installed().ado().name() + "/_apis/wit/$batch");
    }
  }
}
