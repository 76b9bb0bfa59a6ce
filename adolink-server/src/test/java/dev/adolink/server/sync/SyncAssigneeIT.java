package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures.AdoUser;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import dev.adolink.server.webhooks.DeliveryRuns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Assignees both ways: identity forms, explicit mappings, email matching, unassigning. */
@AdolinkIT
class SyncAssigneeIT {

  static final Map<String, Boolean> BOTH_WAYS =
      Map.of("sync_reverse_assignment", true, "sync_forward_assignment", true);

  @Autowired SyncFixtures sync;
  @Autowired ApplicationContext context;
  @Autowired OutboundJob outboundJob;
  @Autowired JdbcClient jdbc;

  static void assign(Scenario s, int workItem, String identity) {
    s.developer().workItems().update(workItem, WorkItemPatch.builder().assignTo(identity).build());
  }

  static String assignee(Scenario s, long issue) {
    JsonNode assigned = s.issueJson(issue).get("assignedTo");
    return assigned.isNull() ? null : assigned.get("email").asString();
  }

  static JsonNode lastLog(Scenario s, long issue) {
    return s.syncLog(issue).get(0);
  }

  @Nested
  class Inbound {

    @Test
    void theNameAndEmailFormOfARealDeliveryAssignsTheMemberWithThatEmail() {
      Scenario s = sync.install(BOTH_WAYS);
      AdoUser owner = s.installed().ado().owner();
      s.member(owner.email(), owner.displayName());
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      assign(s, bug, owner.email());
      sync.sync();

      assertThat(assignee(s, issue)).isEqualTo(owner.email().toLowerCase());
      JsonNode entry = lastLog(s, issue);
      assertThat(entry.get("field").asString()).isEqualTo("assignee");
      assertThat(entry.get("newValue").asString()).isEqualTo(owner.email().toLowerCase());
      assertThat(entry.get("result").asString()).isEqualTo("applied");
    }

    @Test
    void aBareEmailAssigns() {
      Scenario s = sync.install(BOTH_WAYS);
      s.member("bare@ado.test", "Bare");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      s.deliverUpdate(
          bug, 900, Map.of("System.AssignedTo", new Object[] {null, "Bare@ado.test"}), Map.of());
      sync.sync();

      assertThat(assignee(s, issue)).isEqualTo("bare@ado.test");
    }

    @Test
    void anIdentityObjectAssigns() {
      Scenario s = sync.install(BOTH_WAYS);
      s.member("object@ado.test", "Object");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      Map<String, Object> identity = new HashMap<>();
      identity.put("displayName", "Obi Ject");
      identity.put("uniqueName", "object@ado.test");
      identity.put("id", "6c2a4e1d-0000-4000-8000-000000000001");

      s.deliverUpdate(
          bug, 900, Map.of("System.AssignedTo", new Object[] {null, identity}), Map.of());
      sync.sync();

      assertThat(assignee(s, issue)).isEqualTo("object@ado.test");
    }

    @Test
    void anExplicitMappingWinsOverTheEmail() {
      Scenario s = sync.install(BOTH_WAYS);
      AdoUser developer = s.installed().ado().developer();
      s.member(developer.email(), "Same email");
      long mapped = s.member("mapped@adolink.test", "Mapped");
      assertThat(
              s.mapUser(mapped, developer.displayName() + " <" + developer.email() + ">").status())
          .isEqualTo(201);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      assign(s, bug, developer.email());
      sync.sync();

      assertThat(assignee(s, issue)).isEqualTo("mapped@adolink.test");
    }

    @Test
    void onlyMembersOfTheIssuesOrganizationAreAssignedAndAMissIsRecorded() {
      Scenario s = sync.install(BOTH_WAYS);
      AdoUser developer = s.installed().ado().developer();
      sync.member(sync.tracker().organization().slug(), developer.email(), "Elsewhere");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      assign(s, bug, developer.email());
      sync.sync();

      assertThat(assignee(s, issue)).isNull();
      JsonNode entry = lastLog(s, issue);
      assertThat(entry.get("result").asString()).isEqualTo("no_match");
      assertThat(entry.get("newValue").asString()).contains(developer.email());
    }

    @Test
    void clearingTheFieldUnassigns() {
      Scenario s = sync.install(BOTH_WAYS);
      AdoUser owner = s.installed().ado().owner();
      s.member(owner.email(), owner.displayName());
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      assign(s, bug, owner.email());
      sync.sync();

      s.developer().workItems().update(bug, WorkItemPatch.builder().unassign().build());
      sync.sync();

      assertThat(assignee(s, issue)).isNull();
      assertThat(lastLog(s, issue).get("oldValue").asString())
          .isEqualTo(owner.email().toLowerCase());
    }
  }

  @Nested
  class Outbound {

    @Test
    void assigningAnIssueAssignsTheAdoUserWithTheSameEmailOnceLookedUp() {
      Scenario s = sync.install(BOTH_WAYS);
      AdoUser developer = s.installed().ado().developer();
      s.member(developer.email(), "Dev");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      long mark = sync.requestMark();

      s.updateIssue(issue, Map.of("assignedTo", developer.email()));
      sync.sync();
      Map<String, Object> nobody = new HashMap<>();
      nobody.put("assignedTo", null);
      s.updateIssue(issue, nobody);
      sync.sync();
      assertThat(s.workItem(bug).fields().assignedTo()).isEmpty();
      s.updateIssue(issue, Map.of("assignedTo", developer.email()));
      sync.sync();

      Identity assigned = s.workItem(bug).fields().assignedTo().orElseThrow();
      assertThat(assigned.email()).isEqualToIgnoringCase(developer.email());
      assertThat(
              s.requestsSince(mark).stream()
                  .map(RequestLog.Entry::path)
                  .filter(path -> path.contains("graph") || path.contains("identities")))
          .hasSize(1);
      assertThat(assignee(s, issue)).isEqualTo(developer.email().toLowerCase());
      assertThat(SyncFixtures.values(s.syncLog(issue), "result")).contains("echo");
    }

    @Test
    void aMappedUserIsAssignedTheirAdoIdentity() {
      Scenario s = sync.install(BOTH_WAYS);
      AdoUser owner = s.installed().ado().owner();
      long user = s.member("someone@adolink.test", "Someone");
      s.mapUser("someone@adolink.test", owner.email());
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      s.updateIssue(issue, Map.of("assignedTo", "someone@adolink.test"));
      sync.sync();

      assertThat(s.workItem(bug).fields().assignedTo().orElseThrow().email())
          .isEqualToIgnoringCase(owner.email());
      assertThat(user).isPositive();
    }

    @Test
    void aUserWithoutAnAdoAccountIsARecordedFailure() {
      Scenario s = sync.install(BOTH_WAYS);
      s.member("nobody-in-ado@adolink.test", "Nobody");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      s.updateIssue(issue, Map.of("assignedTo", "nobody-in-ado@adolink.test"));
      sync.sync();

      JsonNode entry = lastLog(s, issue);
      assertThat(entry.get("direction").asString()).isEqualTo("outbound");
      assertThat(entry.get("result").asString()).isEqualTo("failed");
      assertThat(entry.get("error").asString()).contains("nobody-in-ado@adolink.test");
      assertThat(s.workItem(bug).fields().assignedTo()).isEmpty();
    }
  }

  /** Both sides changed at about the same time: they end on the same assignee. */
  @Nested
  class Concurrent {

    @Test
    void aChangeInAzureDevOpsReplacesATrackerChangeStillWaitingToBeWritten() throws Exception {
      Scenario s = sync.install(BOTH_WAYS);
      AdoUser owner = s.installed().ado().owner();
      AdoUser developer = s.installed().ado().developer();
      s.member(owner.email(), owner.displayName());
      s.member(developer.email(), "Dev");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      sync.sync();
      DeliveryRuns runs = new DeliveryRuns(context);

      s.updateIssue(issue, Map.of("assignedTo", developer.email()));
      assign(s, bug, owner.email());
      sync.deliver();
      for (long delivery : runs.received(s.id())) {
        runs.run(delivery);
      }
      sync.sync();

      assertThat(assignee(s, issue)).isEqualTo(owner.email().toLowerCase());
      assertThat(s.workItem(bug).fields().assignedTo().orElseThrow().email())
          .isEqualToIgnoringCase(owner.email());
      assertThat(SyncFixtures.values(s.syncLog(issue), "result")).contains("superseded");
    }

    @Test
    void anOlderAzureDevOpsChangeHandledAfterAdolinksWriteLeavesTheWrittenValue() throws Exception {
      Scenario s = sync.install(BOTH_WAYS);
      AdoUser owner = s.installed().ado().owner();
      AdoUser developer = s.installed().ado().developer();
      s.member(owner.email(), owner.displayName());
      s.member(developer.email(), "Dev");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      sync.sync();
      DeliveryRuns runs = new DeliveryRuns(context);

      assign(s, bug, owner.email());
      sync.deliver();
      List<Long> older = runs.received(s.id());
      s.updateIssue(issue, Map.of("assignedTo", developer.email()));
      outboundJob.run(new OutboundJob.Payload(s.id()), null);
      for (long delivery : older) {
        runs.run(delivery);
      }
      sync.sync();

      assertThat(s.workItem(bug).fields().assignedTo().orElseThrow().email())
          .isEqualToIgnoringCase(developer.email());
      assertThat(assignee(s, issue)).isEqualTo(developer.email().toLowerCase());
    }
  }
}
