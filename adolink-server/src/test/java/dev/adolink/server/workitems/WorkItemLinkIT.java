package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.WorkItemExpand;
import dev.adolink.azure.wit.WorkItemRelation;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.TestApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class WorkItemLinkIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired DueJobs dueJobs;

  IssueInAdo issue;
  int workItem;

  @AfterEach
  void clearFaults() {
    integrations.emulator().faults(FaultSettings.none());
  }

  @BeforeEach
  void setUp() {
    issue = IssueInAdo.create(api, integrations);
    issue.installed().ado().workItems().addArea("Web", "Payments");
    workItem =
        issue
            .installed()
            .ado()
            .workItems()
            .create(
                "Web",
                "User Story",
                Map.of(
                    "System.Title", "Checkout is slow",
                    "System.Description", "<p>Seen on Mondays</p>",
                    "System.AreaPath", "Web\\Payments"));
  }

  List<WorkItemRelation> hyperlinks() {
    return issue.ado().workItems().get(workItem, WorkItemExpand.RELATIONS).relations().stream()
        .filter(r -> r.rel().equals("Hyperlink"))
        .toList();
  }

  @Nested
  class Linking {

    @Test
    void byIdReadsTheWorkItemAndAddsTheBackLink() {
      TestApi.Response response = issue.link(String.valueOf(workItem));

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode link = response.json();
      assertThat(link.get("key").asString()).isEqualTo(String.valueOf(workItem));
      assertThat(link.get("title").asString()).isEqualTo("Checkout is slow");
      assertThat(link.get("displayName").asString()).isEqualTo("Web\\Payments#" + workItem);
      assertThat(link.get("url").asString())
          .isEqualTo(issue.installed().ado().url() + "Web/_workitems/edit/" + workItem);
      assertThat(issue.get().get("externalIssues")).containsExactly(link);
      assertThat(hyperlinks()).extracting(WorkItemRelation::url).containsExactly(issue.issueUrl());
      JsonNode last = issue.activities().get(issue.activities().size() - 1);
      assertThat(last.get("type").asString()).isEqualTo("link_issue");
    }

    @Test
    void byTheWorkItemsUrl() {
      String url = issue.installed().ado().url() + "Web/_workitems/edit/" + workItem + "/";

      TestApi.Response response = issue.link(url);

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assertThat(response.json().get("key").asString()).isEqualTo(String.valueOf(workItem));
    }

    @Test
    void byANumber() {
      assertThat(issue.link(workItem).status()).isEqualTo(200);
    }

    @Test
    void twiceKeepsOneLinkAndOneBackLink() {
      issue.link(String.valueOf(workItem));

      TestApi.Response again = issue.link(String.valueOf(workItem));

      assertThat(again.status()).isEqualTo(200);
      assertThat(issue.get().get("externalIssues")).hasSize(1);
      assertThat(hyperlinks()).hasSize(1);
      assertThat(
              issue
                  .activities()
                  .valueStream()
                  .filter(a -> a.get("type").asString().equals("link_issue")))
          .hasSize(1);
    }

    @Test
    void aBackLinkWhoseAnswerWasLostIsFoundOnTheRetryNotAddedTwice() {
      integrations.emulator().faults(FaultSettings.lostAnswer("PATCH", "/_apis/wit/workitems/", 1));

      TestApi.Response lost = issue.link(String.valueOf(workItem));
      TestApi.Response retried = issue.link(String.valueOf(workItem));

      assertThat(lost.status()).as(lost.body()).isEqualTo(502);
      assertThat(lost.json().get("detail").asString()).doesNotContain("Exception");
      assertThat(retried.status()).as(retried.body()).isEqualTo(200);
      assertThat(issue.get().get("externalIssues")).hasSize(1);
      assertThat(hyperlinks()).extracting(WorkItemRelation::url).containsExactly(issue.issueUrl());
    }

    @Test
    void severalIssuesLinkOneWorkItemEachWithItsBackLink() {
      IssueInAdo other = issue.another();

      issue.link(String.valueOf(workItem));
      other.link(String.valueOf(workItem));

      assertThat(hyperlinks())
          .extracting(WorkItemRelation::url)
          .containsExactlyInAnyOrder(issue.issueUrl(), other.issueUrl());
    }

    @Test
    void rememberstheProjectAndTypeForTheCreateForm() {
      issue.link(String.valueOf(workItem));

      JsonNode form = issue.another().form("").json();

      assertThat(IssueInAdo.field(form, "project").get("default").asString())
          .isEqualTo(issue.adoProjectId("Web"));
      assertThat(IssueInAdo.field(form, "work_item_type").get("default").asString())
          .isEqualTo("User Story");
    }
  }

  @Nested
  class Refused {

    @Test
    void anUnknownIdIsA400NamingIt() {
      TestApi.Response response = issue.link("987654");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("externalIssue")).contains("987654");
    }

    @Test
    void aUrlOfAnotherOrganizationOrNoIdAtAll() {
      TestApi.Response foreign =
          issue.link("https://dev.azure.com/someone-else/Web/_workitems/edit/" + workItem);
      TestApi.Response garbage = issue.link("checkout");
      TestApi.Response missing = api.put(issue.path(), issue.token(), Map.of());

      assertThat(foreign.status()).isEqualTo(400);
      assertThat(foreign.error("externalIssue")).contains("not a work item of");
      assertThat(garbage.status()).isEqualTo(400);
      assertThat(missing.status()).isEqualTo(400);
      assertThat(issue.get().get("externalIssues")).isEmpty();
    }
  }

  @Nested
  class Unlinking {

    @Test
    void removesTheLinkAndOurBackLinkButNotAnotherIssues() {
      IssueInAdo other = issue.another();
      issue.link(String.valueOf(workItem));
      other.link(String.valueOf(workItem));

      TestApi.Response response = issue.unlink(String.valueOf(workItem));
      dueJobs.run();

      assertThat(response.status()).as(response.body()).isEqualTo(204);
      assertThat(issue.get().get("externalIssues")).isEmpty();
      assertThat(other.get().get("externalIssues")).hasSize(1);
      assertThat(hyperlinks()).extracting(WorkItemRelation::url).containsExactly(other.issueUrl());
      JsonNode last = issue.activities().get(issue.activities().size() - 1);
      assertThat(last.get("type").asString()).isEqualTo("unlink_issue");
    }

    @Test
    void aWorkItemThatIsNotLinkedIsA404() {
      assertThat(issue.unlink(String.valueOf(workItem)).status()).isEqualTo(404);
      assertThat(issue.unlink("abc").status()).isEqualTo(400);
    }

    @Test
    void linkingAgainBeforeTheJobRanKeepsTheBackLink() {
      issue.link(String.valueOf(workItem));
      issue.unlink(String.valueOf(workItem));
      issue.link(String.valueOf(workItem));

      dueJobs.run();

      assertThat(hyperlinks()).extracting(WorkItemRelation::url).containsExactly(issue.issueUrl());
    }
  }
}
