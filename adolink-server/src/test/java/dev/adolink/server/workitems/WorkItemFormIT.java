package dev.adolink.server.workitems;

import static dev.adolink.server.workitems.IssueInAdo.choiceValues;
import static dev.adolink.server.workitems.IssueInAdo.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class WorkItemFormIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired TrackerFixtures tracker;

  IssueInAdo issue;

  @BeforeEach
  void setUp() {
    issue = IssueInAdo.create(api, integrations);
  }

  JsonNode form(String query) {
    TestApi.Response response = issue.form(query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Nested
  class CreateForm {

    @Test
    void offersEveryProjectAndTheFirstOnesTypesFromItsCategoriesWithoutHiddenOnes() {
      JsonNode form = form("");

      assertThat(form.get("id").asLong()).isEqualTo(issue.installed().id());
      assertThat(form.get("provider").get("key").asString()).isEqualTo("vsts");
      JsonNode project = field(form, "project");
      assertThat(project.get("choices").valueStream().map(c -> c.get(1).asString()).toList())
          .containsExactly("Mobile", "Web");
      assertThat(project.get("default").asString()).isEqualTo(issue.adoProjectId("Mobile"));
      assertThat(project.get("updatesForm").asBoolean()).isTrue();
      JsonNode type = field(form, "work_item_type");
      assertThat(choiceValues(type))
          .containsExactly("Epic", "Feature", "Product Backlog Item", "Task", "Bug", "Test Case")
          .doesNotContain("Test Plan", "Code Review Request", "Impediment");
      assertThat(type.get("default").asString()).isEqualTo("Bug");
    }

    @Test
    void defaultsTheTitleAndADescriptionLinkingBackWithMessageAndStackTrace() {
      JsonNode form = form("");

      assertThat(field(form, "title").get("default").asString())
          .isEqualTo("NullPointerException in CheckoutService.pay");
      assertThat(field(form, "title").get("required").asBoolean()).isTrue();
      String description = field(form, "description").get("default").asString();
      assertThat(description)
          .startsWith(
              "adolink issue: ["
                  + issue.issue().get("shortId").asString()
                  + "]("
                  + issue.issueUrl()
                  + ")")
          .contains("Cannot invoke \"Cart.total()\" because \"cart\" is null")
          .contains("File \"app/Main.java\", line 10, in main")
          .contains("File \"/srv/app/CheckoutService.java\", line 42, in pay")
          .contains("```");
    }

    @Test
    void offersAreaAndIterationPathsAndTheProjectsTags() {
      issue.installed().ado().workItems().addArea("Web", "Payments");
      issue.installed().ado().workItems().addArea("Web", "Payments\\Cards");
      issue
          .installed()
          .ado()
          .workItems()
          .create(
              "Web", "Task", Map.of("System.Title", "tagged", "System.Tags", "backend; urgent"));

      JsonNode form = form("&project=Web");

      JsonNode area = field(form, "area_path");
      assertThat(choiceValues(area))
          .containsExactly("Web", "Web\\Payments", "Web\\Payments\\Cards");
      assertThat(area.get("default").asString()).isEqualTo("Web");
      assertThat(choiceValues(field(form, "iteration_path")))
          .contains("Web", "Web\\Iteration 1", "Web\\Iteration 2");
      JsonNode tags = field(form, "tags");
      assertThat(choiceValues(tags)).containsExactlyInAnyOrder("backend", "urgent");
      assertThat(tags.get("multiple").asBoolean()).isTrue();
    }

    @Test
    void askingAgainWithAProjectOffersThatProjectsTypesAndFields() {
      JsonNode form = form("&project=Web&type=User%20Story");

      assertThat(field(form, "project").get("default").asString())
          .isEqualTo(issue.adoProjectId("Web"));
      assertThat(choiceValues(field(form, "work_item_type")))
          .containsExactly("Epic", "Feature", "User Story", "Task", "Bug", "Test Case");
      assertThat(field(form, "work_item_type").get("default").asString()).isEqualTo("User Story");
      JsonNode valueArea = field(form, "Microsoft.VSTS.Common.ValueArea");
      assertThat(valueArea.get("required").asBoolean()).isTrue();
      assertThat(valueArea.get("default").asString()).isEqualTo("Business");
      assertThat(choiceValues(valueArea)).contains("Business", "Architectural");
      JsonNode priority = field(form, "Microsoft.VSTS.Common.Priority");
      assertThat(priority.get("required").asBoolean()).isFalse();
      assertThat(choiceValues(priority)).containsExactly("1", "2", "3", "4");
      assertThat(field(form, "System.State")).isNull();
      assertThat(field(form, "System.Title")).isNull();
    }

    @Test
    void offersEveryFieldATypeWithCustomRulesRequiresWithItsAllowedValues() {
      integrations.emulator().createProject(issue.installed().ado().name(), "Ops", "Custom Agile");

      JsonNode form = form("&project=Ops&type=Bug");

      JsonNode team = field(form, "Custom.Team");
      assertThat(team.get("label").asString()).isEqualTo("Team");
      assertThat(team.get("type").asString()).isEqualTo("select");
      assertThat(team.get("required").asBoolean()).isTrue();
      assertThat(choiceValues(team)).containsExactly("Checkout", "Payments", "Platform");
      JsonNode impact = field(form, "Custom.CustomerImpact");
      assertThat(impact.get("type").asString()).isEqualTo("string");
      assertThat(impact.get("required").asBoolean()).isTrue();
      assertThat(field(form, "Microsoft.VSTS.Common.Severity").get("required").asBoolean())
          .isFalse();
    }

    @Test
    void anUnknownProjectOrTypeIsA400NamingIt() {
      TestApi.Response project = issue.form("&project=Nope");
      TestApi.Response type = issue.form("&project=Web&type=Saga");

      assertThat(project.status()).isEqualTo(400);
      assertThat(project.error("project")).contains("Nope");
      assertThat(type.status()).isEqualTo(400);
      assertThat(type.error("work_item_type")).contains("Saga");
    }

    @Test
    void startsFromTheProjectAndTypeLastUsedInTheTrackerProject() {
      TestApi.Response created =
          issue.create(
              Map.of(
                  "project", "Web",
                  "work_item_type", "User Story",
                  "title", "Remember me"));
      assertThat(created.status()).as(created.body()).isEqualTo(201);

      JsonNode form = IssueInAdo.create(api, integrations, issue.installed()).form("").json();

      assertThat(field(form, "project").get("default").asString())
          .isEqualTo(issue.adoProjectId("Web"));
      assertThat(field(form, "work_item_type").get("default").asString()).isEqualTo("User Story");
    }
  }

  @Nested
  class Access {

    @Test
    void aMemberMayAskAndAnotherOrganizationsInstallationIsNotFound() {
      TestUser member = tracker.member(issue.installed().org().slug(), "member");
      IssueInAdo other = IssueInAdo.create(api, integrations);

      TestApi.Response asMember = api.get(issue.path() + "?action=create", member.token());
      TestApi.Response foreign =
          api.get(
              issue
                  .path()
                  .replace(
                      "/integrations/" + issue.installed().id() + "/",
                      "/integrations/" + other.installed().id() + "/"),
              issue.token());

      assertThat(asMember.status()).isEqualTo(200);
      assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void theLinkFormPointsAtTheSearch() {
      TestApi.Response response = api.get(issue.path() + "?action=link", issue.token());

      assertThat(response.status()).isEqualTo(200);
      JsonNode field = response.json().get("linkIssueConfig").get(0);
      assertThat(field.get("name").asString()).isEqualTo("externalIssue");
      assertThat(field.get("url").asString())
          .isEqualTo(
              "/extensions/vsts/search/"
                  + issue.installed().org().slug()
                  + "/"
                  + issue.installed().id()
                  + "/");
      assertThat(response.json().get("createIssueConfig").isNull()).isTrue();
      assertThat(api.get(issue.path() + "?action=other", issue.token()).status()).isEqualTo(400);
    }
  }
}
