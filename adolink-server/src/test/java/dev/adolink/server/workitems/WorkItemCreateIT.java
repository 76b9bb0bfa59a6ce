package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemExpand;
import dev.adolink.azure.wit.WorkItemFields;
import dev.adolink.azure.wit.WorkItemRelation;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.TestApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class WorkItemCreateIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;

  IssueInAdo issue;

  @BeforeEach
  void setUp() {
    issue = IssueInAdo.create(api, integrations);
  }

  TestApi.Response create(Map<String, ?> body) {
    return issue.create(body);
  }

  WorkItem read(JsonNode link) {
    return issue.ado().workItems().get(link.get("key").asInt(), WorkItemExpand.ALL);
  }

  @AfterEach
  void clearFaults() {
    integrations.emulator().faults(FaultSettings.none());
  }

  List<Integer> tasksTitled(String title) {
    return issue
        .ado()
        .workItems()
        .wiql("Web", "SELECT [System.Id] FROM WorkItems WHERE [System.Title] = '" + title + "'", 50)
        .ids();
  }

  Map<String, Object> customBug() {
    integrations.emulator().createProject(issue.installed().ado().name(), "Ops", "Custom Agile");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("project", "Ops");
    body.put("work_item_type", "Bug");
    body.put("title", "Checkout fails");
    body.put("Custom.Team", "Payments");
    body.put("Custom.CustomerImpact", "Customers cannot pay");
    return body;
  }

  @Nested
  class Creating {

    @Test
    void writesEveryKindOfFieldAndLinksTheWorkItem() {
      issue.installed().ado().workItems().addArea("Web", "Payments");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("project", issue.adoProjectId("Web"));
      body.put("work_item_type", "Bug");
      body.put("title", "NPE in checkout");
      body.put("description", "Seen **12** times\n\n```\nat pay()\n```");
      body.put("area_path", "Web\\Payments");
      body.put("iteration_path", "Web\\Iteration 2");
      body.put("tags", List.of("adolink", "checkout"));
      body.put("Microsoft.VSTS.Common.Priority", 1);
      body.put("Microsoft.VSTS.Common.Severity", "2 - High");
      body.put("System.AssignedTo", issue.installed().ado().developer().email());
      body.put("Microsoft.VSTS.Common.ValueArea", "Architectural");

      TestApi.Response response = create(body);

      assertThat(response.status()).as(response.body()).isEqualTo(201);
      JsonNode link = response.json();
      WorkItemFields fields = read(link).fields();
      assertThat(fields.title()).contains("NPE in checkout");
      assertThat(fields.workItemType()).contains("Bug");
      assertThat(fields.description().orElseThrow())
          .contains("<strong>12</strong>")
          .contains("<pre><code>at pay()");
      assertThat(fields.string("Microsoft.VSTS.TCM.ReproSteps")).isEqualTo(fields.description());
      assertThat(fields.areaPath()).contains("Web\\Payments");
      assertThat(fields.iterationPath()).contains("Web\\Iteration 2");
      assertThat(fields.tags()).containsExactly("adolink", "checkout");
      assertThat(fields.integer("Microsoft.VSTS.Common.Priority")).hasValue(1);
      assertThat(fields.string("Microsoft.VSTS.Common.Severity")).contains("2 - High");
      assertThat(fields.string("Microsoft.VSTS.Common.ValueArea")).contains("Architectural");
      assertThat(fields.assignedTo().orElseThrow().email())
          .isEqualToIgnoringCase(issue.installed().ado().developer().email());
      int id = link.get("key").asInt();
      assertThat(link.get("integrationId").asLong()).isEqualTo(issue.installed().id());
      assertThat(link.get("title").asString()).isEqualTo("NPE in checkout");
      assertThat(link.get("displayName").asString()).isEqualTo("Web\\Payments#" + id);
      assertThat(link.get("url").asString())
          .isEqualTo(issue.installed().ado().url() + "Web/_workitems/edit/" + id);
    }

    @Test
    void addsAHyperlinkBackToTheIssue() {
      JsonNode link =
          create(Map.of("project", "Web", "work_item_type", "Task", "title", "Back")).json();

      List<WorkItemRelation> relations = read(link).relations();

      assertThat(relations)
          .singleElement()
          .satisfies(
              relation -> {
                assertThat(relation.rel()).isEqualTo("Hyperlink");
                assertThat(relation.url()).isEqualTo(issue.issueUrl());
                assertThat(relation.comment())
                    .isEqualTo("adolink issue " + issue.issue().get("shortId").asString());
              });
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundInAzureDevOpsWhenAskedAgain() {
      Map<String, String> body =
          Map.of("project", "Web", "work_item_type", "Task", "title", "Lost");
      integrations.emulator().faults(FaultSettings.lostAnswer("POST", "/_apis/wit/workitems/", 1));

      TestApi.Response lost = create(body);
      TestApi.Response again = create(body);

      assertThat(lost.status()).as(lost.body()).isEqualTo(502);
      assertThat(again.status()).as(again.body()).isEqualTo(201);
      List<Integer> inAdo = tasksTitled("Lost");
      assertThat(inAdo).hasSize(1);
      assertThat(again.json().get("key").asInt()).isEqualTo(inAdo.get(0));
      assertThat(issue.get().get("externalIssues")).hasSize(1);
    }

    @Test
    void twoCreatesOfOneTitleThatBothSucceededMakeTwoWorkItems() {
      Map<String, String> body = Map.of("project", "Web", "work_item_type", "Task", "title", "Two");

      create(body);
      create(body);

      assertThat(tasksTitled("Two")).hasSize(2);
      assertThat(issue.get().get("externalIssues")).hasSize(2);
    }

    @Test
    void theIssueListsTheWorkItemAndItsActivitiesSayItWasCreated() {
      JsonNode link =
          create(Map.of("project", "Web", "work_item_type", "Task", "title", "Listed")).json();

      JsonNode external = issue.get().get("externalIssues");
      assertThat(external).hasSize(1);
      assertThat(external.get(0)).isEqualTo(link);
      JsonNode last = issue.activities().get(issue.activities().size() - 1);
      assertThat(last.get("type").asString()).isEqualTo("create_issue");
      assertThat(last.get("data").get("key").asString()).isEqualTo(link.get("key").asString());
      assertThat(last.get("source").get("type").asString()).isEqualTo("user");
    }

    @Test
    void cutsALongTitleToTwoHundredFiftyFiveCharacters() {
      String title = "x".repeat(300);

      JsonNode link =
          create(Map.of("project", "Web", "work_item_type", "Task", "title", title)).json();

      String expected = "x".repeat(252) + "...";
      assertThat(read(link).fields().title()).contains(expected);
      assertThat(link.get("title").asString()).isEqualTo(expected);
    }

    @Test
    void escapesHtmlWrittenIntoTheMarkdown() {
      JsonNode link =
          create(
                  Map.of(
                      "project", "Web",
                      "work_item_type", "Task",
                      "title", "Escaped",
                      "description", "<script>alert(1)</script>\n\n[x](javascript:void)"))
              .json();

      String html = read(link).fields().description().orElseThrow();
      assertThat(html)
          .contains("&lt;script&gt;")
          .doesNotContain("<script")
          .doesNotContain("javascript:");
    }

    @Test
    void fillsTheRequiredCustomFieldsOfACustomProcess() {
      TestApi.Response response = create(customBug());

      assertThat(response.status()).as(response.body()).isEqualTo(201);
      WorkItemFields fields = read(response.json()).fields();
      assertThat(fields.string("Custom.Team")).contains("Payments");
      assertThat(fields.string("Custom.CustomerImpact")).contains("Customers cannot pay");
    }
  }

  @Nested
  class AzureDevOpsRuleErrors {

    @Test
    void aMissingRequiredFieldIsA400NamingIt() {
      Map<String, Object> body = customBug();
      body.remove("Custom.Team");

      TestApi.Response response = create(body);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("Custom.Team")).startsWith("is required").contains("TF401320");
      assertThat(issue.get().get("externalIssues")).isEmpty();
    }

    @Test
    void aValueOutsideTheAllowedOnesIsA400NamingIt() {
      Map<String, Object> body = customBug();
      body.put("Custom.Team", "Marketing");

      TestApi.Response response = create(body);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("Custom.Team")).startsWith("is not one of the allowed values");
    }

    @Test
    void aTooLongValueIsA400NamingIt() {
      Map<String, Object> body = customBug();
      body.put("Custom.CustomerImpact", "y".repeat(300));

      TestApi.Response response = create(body);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("Custom.CustomerImpact")).startsWith("is too long");
    }

    @Test
    void anUnknownAreaPathIsA400OnTheAreaPath() {
      TestApi.Response response =
          create(
              Map.of(
                  "project", "Web",
                  "work_item_type", "Task",
                  "title", "Where",
                  "area_path", "Web\\Nowhere"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("area_path")).contains("TF401347");
    }

    @Test
    void anUnknownAssigneeIsA400OnTheAssignee() {
      TestApi.Response response =
          create(
              Map.of(
                  "project", "Web",
                  "work_item_type", "Task",
                  "title", "Who",
                  "System.AssignedTo", "nobody@nowhere.test"));

      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.error("System.AssignedTo"))
          .as(response.body())
          .contains("unknown identity");
    }
  }

  @Nested
  class BadInput {

    @Test
    void projectTypeAndTitleAreRequired() {
      TestApi.Response response = create(Map.of("description", "only"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("project")).isEqualTo("is required");
      assertThat(response.error("work_item_type")).isEqualTo("is required");
      assertThat(response.error("title")).isEqualTo("is required");
    }

    @Test
    void anUnknownProjectOrTypeIsA400NamingIt() {
      TestApi.Response project =
          create(Map.of("project", "Nope", "work_item_type", "Task", "title", "t"));
      TestApi.Response type =
          create(Map.of("project", "Web", "work_item_type", "Saga", "title", "t"));

      assertThat(project.status()).isEqualTo(400);
      assertThat(project.error("project")).contains("Nope");
      assertThat(type.status()).isEqualTo(400);
      assertThat(type.error("work_item_type")).contains("Saga");
    }

    @Test
    void aFieldValueThatIsNotAScalarIsA400() {
      TestApi.Response response =
          create(
              Map.of(
                  "project", "Web",
                  "work_item_type", "Task",
                  "title", "t",
                  "Custom.Team", Map.of("a", 1)));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("Custom.Team")).contains("string");
    }
  }
}
