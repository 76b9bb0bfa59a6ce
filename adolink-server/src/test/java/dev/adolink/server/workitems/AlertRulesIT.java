package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemExpand;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestUser;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class AlertRulesIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired TrackerFixtures tracker;
  @Autowired DueJobs dueJobs;
  @Autowired Jobs jobs;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired AlertRuleRepository repository;

  Installed installed;

  @BeforeEach
  void install() {
    installed = integrations.installed();
  }

  @AfterEach
  void clearFaults() {
    integrations.emulator().faults(FaultSettings.none());
  }

  String rulesPath() {
    return "/api/0/projects/"
        + installed.org().slug()
        + "/"
        + installed.org().project()
        + "/alert-rules/";
  }

  String token() {
    return installed.org().owner().token();
  }

  Map<String, Object> action(Map<String, Object> values) {
    Map<String, Object> action = new HashMap<>(values);
    action.put("integrationId", installed.id());
    return action;
  }

  Map<String, Object> taskRule(Map<String, Object> conditions) {
    return Map.of(
        "name",
        "Errors to ADO",
        "conditions",
        conditions,
        "action",
        action(Map.of("project", "Web", "work_item_type", "Task", "tags", List.of("alert"))));
  }

  TestApi.Response postRule(Map<String, Object> action) {
    return api.post(rulesPath(), token(), Map.of("name", "r", "action", action));
  }

  JsonNode createRule(Map<String, Object> body) {
    TestApi.Response response = api.post(rulesPath(), token(), body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  TestApi.Response postIssue(Map<String, Object> issue) {
    return api.post(
        "/api/0/projects/" + installed.org().slug() + "/" + installed.org().project() + "/issues/",
        token(),
        issue);
  }

  IssueInAdo issue(String title, String level) {
    TestApi.Response response = postIssue(Map.of("title", title, "level", level));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return new IssueInAdo(api, integrations, installed, response.json());
  }

  JsonNode rule(JsonNode rule) {
    return api.get(rulesPath() + rule.get("id").asString() + "/", token()).json();
  }

  @Nested
  class Managing {

    @Test
    void createListChangeAndDeleteARule() {
      JsonNode created = createRule(taskRule(Map.of("minLevel", "error")));

      assertThat(created.get("name").asString()).isEqualTo("Errors to ADO");
      assertThat(created.get("conditions").get("minLevel").asString()).isEqualTo("error");
      assertThat(created.get("conditions").get("minEvents").isNull()).isTrue();
      assertThat(created.get("conditions").get("regression").asBoolean()).isFalse();
      assertThat(created.get("action").get("integrationId").asString())
          .isEqualTo(String.valueOf(installed.id()));
      assertThat(created.get("action").get("project").asString())
          .as("stored as the project's id")
          .isEqualTo(IssueInAdo.ado(installed).core().project("Web").id());
      assertThat(api.get(rulesPath(), token()).json()).hasSize(1);

      Map<String, Object> changed = new HashMap<>(taskRule(Map.of("minEvents", 5)));
      changed.put("name", "Frequent errors");
      TestApi.Response updated =
          api.put(rulesPath() + created.get("id").asString() + "/", token(), changed);
      assertThat(updated.status()).as(updated.body()).isEqualTo(200);
      assertThat(updated.json().get("name").asString()).isEqualTo("Frequent errors");
      assertThat(updated.json().get("conditions").get("minEvents").asLong()).isEqualTo(5);

      String path = rulesPath() + created.get("id").asString() + "/";
      assertThat(api.delete(path, token()).status()).isEqualTo(204);
      assertThat(api.get(path, token()).status()).isEqualTo(404);
    }

    @Test
    void checksTheRuleAgainstAzureDevOpsWhenSaved() {
      integrations.emulator().createProject(installed.ado().name(), "Ops", "Custom Agile");

      TestApi.Response project =
          postRule(action(Map.of("project", "Nope", "work_item_type", "Bug")));
      TestApi.Response type = postRule(action(Map.of("project", "Web", "work_item_type", "Saga")));
      TestApi.Response required =
          postRule(
              action(Map.of("project", "Ops", "work_item_type", "Bug", "Custom.Team", "Payments")));

      assertThat(project.status()).isEqualTo(400);
      assertThat(project.error("action.project")).contains("Nope");
      assertThat(type.status()).isEqualTo(400);
      assertThat(type.error("action.work_item_type")).contains("Saga");
      assertThat(required.status()).isEqualTo(400);
      assertThat(required.error("action.Custom.CustomerImpact")).isEqualTo("is required by Bug");
      assertThat(required.error("action.Custom.Team")).isNull();
    }

    @Test
    void refusesAFieldTheTypeDoesNotHaveAndAValueTheFieldDoesNotAllowWhenSaved() {
      integrations.emulator().createProject(installed.ado().name(), "Ops", "Custom Agile");

      TestApi.Response refused =
          postRule(
              action(
                  Map.of(
                      "project", "Ops",
                      "work_item_type", "Bug",
                      "Custom.Team", "Marketing",
                      "Custom.CustomerImpact", "High",
                      "Custom.NoSuchField", "x")));

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.error("action.Custom.Team"))
          .isEqualTo("'Marketing' is not allowed; choose one of Checkout, Payments, Platform");
      assertThat(refused.error("action.Custom.NoSuchField")).startsWith("is not a field of Bug");
      assertThat(refused.error("action.Custom.CustomerImpact")).isNull();
      assertThat(api.get(rulesPath(), token()).json()).isEmpty();
    }

    @Test
    void refusesBadConditionsAndForeignInstallations() {
      Installed foreign = integrations.installed();

      TestApi.Response bad =
          api.post(
              rulesPath(),
              token(),
              Map.of(
                  "conditions",
                  Map.of("minLevel", "loud", "minEvents", 0),
                  "action",
                  Map.of(
                      "integrationId", foreign.id(), "project", "Web", "work_item_type", "Task")));
      TestApi.Response other =
          postRule(
              Map.of("integrationId", foreign.id(), "project", "Web", "work_item_type", "Task"));

      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.error("name")).isNotNull();
      assertThat(bad.error("conditions.minLevel")).isNotNull();
      assertThat(bad.error("conditions.minEvents")).isNotNull();
      assertThat(other.status()).isEqualTo(400);
      assertThat(other.error("action.integrationId")).isNotNull();
    }

    @Test
    void aRegressionRuleShowsItsConditionAndAWrongOneIsNamed() {
      JsonNode created = createRule(taskRule(Map.of("minLevel", "error", "regression", true)));

      TestApi.Response text = api.post(rulesPath(), token(), taskRule(Map.of("regression", "yes")));
      TestApi.Response withEvents =
          api.post(rulesPath(), token(), taskRule(Map.of("regression", true, "minEvents", 3)));

      assertThat(created.get("conditions").get("regression").asBoolean()).isTrue();
      JsonNode listed = api.get(rulesPath(), token()).json().get(0).get("conditions");
      assertThat(listed.get("regression").asBoolean()).isTrue();
      assertThat(listed.get("minLevel").asString()).isEqualTo("error");
      assertThat(text.status()).isEqualTo(400);
      assertThat(text.error("conditions.regression")).isEqualTo("must be true or false");
      assertThat(withEvents.status()).isEqualTo(400);
      assertThat(withEvents.error("conditions.regression")).contains("minEvents");
      assertThat(api.get(rulesPath(), token()).json()).hasSize(1);
    }

    @Test
    void membersReadRulesAndManagersWriteThem() {
      createRule(taskRule(Map.of()));
      TestUser member = tracker.member(installed.org().slug(), "member");

      assertThat(api.get(rulesPath(), member.token()).status()).isEqualTo(200);
      assertThat(api.post(rulesPath(), member.token(), taskRule(Map.of())).status()).isEqualTo(403);
    }
  }

  @Nested
  class Firing {

    @Test
    void aNewIssueGetsAWorkItemThatSaysWhichRuleMadeIt() {
      JsonNode rule = createRule(taskRule(Map.of()));

      IssueInAdo issue = issue("Disk full", "error");
      dueJobs.run();

      JsonNode external = issue.get().get("externalIssues");
      assertThat(external).hasSize(1);
      assertThat(external.get(0).get("title").asString()).isEqualTo("Disk full");
      WorkItem item =
          issue.ado().workItems().get(external.get(0).get("key").asInt(), WorkItemExpand.ALL);
      assertThat(item.fields().workItemType()).contains("Task");
      assertThat(item.fields().tags()).containsExactly("alert");
      assertThat(item.fields().description().orElseThrow())
          .contains("Errors to ADO")
          .contains(
              "/alerts/rules/" + installed.org().project() + "/" + rule.get("id").asString() + "/");
      assertThat(item.relations()).extracting(r -> r.url()).containsExactly(issue.issueUrl());
      JsonNode last = issue.activities().get(issue.activities().size() - 1);
      assertThat(last.get("type").asString()).isEqualTo("create_issue");
      assertThat(last.get("source").get("type").asString()).isEqualTo("integration");
      assertThat(rule(rule).get("lastCreatedAt").isNull()).isFalse();
      assertThat(rule(rule).get("lastError").isNull()).isTrue();
    }

    @Test
    void onlyIssuesOfAtLeastTheLevel() {
      createRule(taskRule(Map.of("minLevel", "error")));

      IssueInAdo warning = issue("Slow", "warning");
      IssueInAdo fatal = issue("Down", "fatal");
      dueJobs.run();

      assertThat(warning.get().get("externalIssues")).isEmpty();
      assertThat(fatal.get().get("externalIssues")).hasSize(1);
    }

    @Test
    void afterTheNumberOfEvents() {
      createRule(taskRule(Map.of("minEvents", 3)));
      Map<String, Object> occurrence = Map.of("title", "Flaky", "fingerprint", "flaky-1");

      IssueInAdo issue = new IssueInAdo(api, integrations, installed, postIssue(occurrence).json());
      postIssue(occurrence);
      dueJobs.run();
      assertThat(issue.get().get("externalIssues")).isEmpty();

      postIssue(occurrence);
      postIssue(occurrence);
      dueJobs.run();

      assertThat(issue.get().get("count").asString()).isEqualTo("4");
      assertThat(issue.get().get("externalIssues")).hasSize(1);
    }
  }

  @Nested
  class OneWorkItemPerIssue {

    @Test
    void twoRulesOfOneInstallationCreateOneWorkItem() {
      createRule(taskRule(Map.of()));
      createRule(taskRule(Map.of()));

      IssueInAdo issue = issue("Twice", "error");
      dueJobs.run();

      assertThat(issue.get().get("externalIssues")).hasSize(1);
      assertThat(workItemsTitled("Twice")).hasSize(1);
    }

    @Test
    void runningTheJobAgainCallsAzureDevOpsNoMore() {
      JsonNode rule = createRule(taskRule(Map.of()));
      IssueInAdo issue = issue("Again", "error");
      dueJobs.run();
      long seq = issue.requestSeq();

      jobs.enqueue(
          AlertRuleJob.TYPE,
          AlertRuleJob.key(rule.get("id").asLong(), issue.issue().get("id").asLong()),
          new AlertRuleJob.Payload(
              rule.get("id").asLong(), organizationId(), issue.issue().get("id").asLong()));
      dueJobs.run();

      assertThat(issue.requestsSince(seq)).isEmpty();
      assertThat(issue.get().get("externalIssues")).hasSize(1);
    }

    @Test
    void anIssueThatAlreadyHasAWorkItemOfTheInstallationIsSkipped() {
      JsonNode rule = createRule(taskRule(Map.of("minEvents", 2)));
      Map<String, Object> occurrence = Map.of("title", "Linked", "fingerprint", "linked-1");
      IssueInAdo issue = new IssueInAdo(api, integrations, installed, postIssue(occurrence).json());
      int existing =
          installed.ado().workItems().create("Web", "Bug", Map.of("System.Title", "Known"));
      assertThat(issue.link(String.valueOf(existing)).status()).isEqualTo(200);
      long seq = issue.requestSeq();

      postIssue(occurrence);
      dueJobs.run();

      assertThat(issue.requestsSince(seq)).isEmpty();
      assertThat(issue.get().get("externalIssues")).hasSize(1);
      assertThat(rule(rule).get("lastCreatedAt").isNull()).isTrue();
    }

    @Test
    void aRunAfterACrashLinksTheWorkItemTheEarlierRunCreated() {
      JsonNode rule = createRule(taskRule(Map.of("minEvents", 2)));
      Map<String, Object> occurrence = Map.of("title", "Crashed", "fingerprint", "crashed-1");
      IssueInAdo issue = new IssueInAdo(api, integrations, installed, postIssue(occurrence).json());
      int earlier =
          installed.ado().workItems().create("Web", "Task", Map.of("System.Title", "Crashed"));
      installed
          .ado()
          .workItems()
          .link(earlier, "Hyperlink", issue.issueUrl(), Map.of("comment", "adolink issue"));
      jdbc.sql(
              "insert into alert_rule_claims (issue_id, integration_id, rule_id, status,"
                  + " created_at, updated_at) values (:issue, :installation, :rule, 'PENDING',"
                  + " current_timestamp, current_timestamp)")
          .param("issue", issue.issue().get("id").asLong())
          .param("installation", installed.id())
          .param("rule", rule.get("id").asLong())
          .update();

      postIssue(occurrence);
      dueJobs.run();

      JsonNode external = issue.get().get("externalIssues");
      assertThat(external).hasSize(1);
      assertThat(external.get(0).get("key").asInt()).isEqualTo(earlier);
      assertThat(workItemsTitled("Crashed")).hasSize(1);
    }
  }

  @Nested
  class Failures {

    @Test
    void aFailureIsRecordedOnTheRuleAndRetried() {
      JsonNode rule = createRule(taskRule(Map.of()));
      integrations
          .emulator()
          .faults(
              new FaultSettings(
                  0, Optional.empty(), Optional.of(new FaultSettings.Outage(500, 1000))));

      IssueInAdo issue = issue("Outage", "error");
      dueJobs.run();

      JsonNode failed = rule(rule);
      assertThat(failed.get("lastError").asString())
          .startsWith("Could not create a work item for ")
          .contains("Azure DevOps did not answer")
          .doesNotContain("http");
      assertThat(failed.get("lastErrorAt").isNull()).isFalse();
      assertThat(issue.get().get("externalIssues")).isEmpty();

      integrations.emulator().faults(FaultSettings.none());
      clock.advance(Duration.ofMinutes(2));
      dueJobs.run();

      assertThat(issue.get().get("externalIssues")).hasSize(1);
      assertThat(workItemsTitled("Outage")).hasSize(1);
      assertThat(rule(rule).get("lastCreatedAt").isNull()).isFalse();
    }

    @Test
    void aWorkItemWhoseAnswerWasLostIsFoundInAzureDevOpsNotCreatedTwice() {
      JsonNode rule = createRule(taskRule(Map.of()));
      integrations.emulator().faults(FaultSettings.lostAnswer("POST", "/_apis/wit/workitems/", 1));

      IssueInAdo issue = issue("Answer lost", "error");
      dueJobs.run();

      assertThat(workItemsTitled("Answer lost")).as("the create reached ADO").hasSize(1);
      assertThat(issue.get().get("externalIssues")).isEmpty();
      assertThat(rule(rule).get("lastError").isNull()).isFalse();

      clock.advance(Duration.ofMinutes(2));
      dueJobs.run();

      List<Integer> inAdo = workItemsTitled("Answer lost");
      assertThat(inAdo).hasSize(1);
      JsonNode external = issue.get().get("externalIssues");
      assertThat(external).hasSize(1);
      assertThat(external.get(0).get("key").asInt()).isEqualTo(inAdo.get(0));
      assertThat(rule(rule).get("lastCreatedAt").isNull()).isFalse();
    }

    @Test
    void aRefusalThatRetryingCannotFixFailsTheJobVisibly() {
      integrations.emulator().createProject(installed.ado().name(), "Ops", "Custom Agile");
      JsonNode rule =
          createRule(
              Map.of(
                  "name",
                  "Bugs to Ops",
                  "action",
                  action(
                      Map.of(
                          "project", "Ops",
                          "work_item_type", "Bug",
                          "Custom.Team", "Payments",
                          "Custom.CustomerImpact", "unknown"))));
      // A value that was allowed when the rule was saved and is not any more (checked at save).
      AlertRule saved = repository.find(rule.get("id").asLong()).orElseThrow();
      Map<String, Object> changed = new HashMap<>(saved.action());
      changed.put("Custom.Team", "Marketing");
      repository.update(
          saved.id(),
          new AlertRuleRepository.Definition(
              saved.name(),
              saved.minLevel(),
              saved.minEvents(),
              saved.regression(),
              saved.installationId(),
              changed),
          clock.instant());

      IssueInAdo issue = issue("Refused", "error");
      dueJobs.run();

      assertThat(rule(rule).get("lastError").asString()).contains("TF401320");
      assertThat(issue.get().get("externalIssues")).isEmpty();
      assertThat(jobs.failed(1000))
          .anyMatch(
              job ->
                  job.key()
                      .equals(
                          AlertRuleJob.key(
                              rule.get("id").asLong(), issue.issue().get("id").asLong())));
    }
  }

  long organizationId() {
    return jdbc.sql("select id from organizations where slug = :slug")
        .param("slug", installed.org().slug())
        .query(Long.class)
        .single();
  }

  List<Integer> workItemsTitled(String title) {
    return IssueInAdo.ado(installed)
        .workItems()
        .wiql("Web", "SELECT [System.Id] FROM WorkItems WHERE [System.Title] = '" + title + "'", 50)
        .ids();
  }
}
