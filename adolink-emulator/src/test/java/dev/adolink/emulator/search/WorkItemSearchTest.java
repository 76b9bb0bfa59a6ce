package dev.adolink.emulator.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.OrganizationOptions;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.support.Client;
import dev.adolink.emulator.wit.OrgWorkItems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WorkItemSearchTest {

  static AdoEmulator ado;
  Client search;
  String pat;

  @BeforeAll
  static void start() {
    ado = AdoEmulator.start();
  }

  @AfterAll
  static void stop() {
    ado.close();
  }

  @BeforeEach
  void seed() {
    ado.reset();
    pat =
        ado.createOrganization("fabrikam", new Admin.UserSpec("alice@example.com", "Alice"))
            .user("alice@example.com")
            .pat();
    ado.createProject("fabrikam", "Web");
    ado.createProject("fabrikam", "Mobile");
    OrgWorkItems items = ado.workItems("fabrikam");
    items.create(
        "Web", "Bug", Map.of("System.Title", "Rest Api crashes", "System.Tags", "api; rest"));
    items.create(
        "Web",
        "Task",
        Map.of("System.Title", "Document the REST API", "System.AssignedTo", "alice@example.com"));
    int login = items.create("Mobile", "Bug", Map.of("System.Title", "Login button"));
    items.comment(login, "Fails on the staging tenant");
    search = Client.of(ado.hostUrl("fabrikam", Host.ALMSEARCH)).pat(pat);
  }

  private JsonNode find(String path, Map<String, Object> body) {
    Client.Answer answer =
        search.post(path + "_apis/search/workitemsearchresults?api-version=7.1", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  @Test
  void resultsHaveLowerCaseStringFieldsHitsAndTheWorkItemUrl() {
    JsonNode answer = find("", Map.of("searchText", "rest api", "$top", 10));

    assertThat(answer.get("count").asInt()).isEqualTo(2);
    JsonNode first = answer.get("results").get(0);
    assertThat(first.get("fields").get("system.id").isString()).isTrue();
    assertThat(first.get("fields").get("system.title").asString()).isNotBlank();
    assertThat(first.get("project").get("name").asString()).isEqualTo("Web");
    assertThat(first.get("hits").get(0).get("highlights").get(0).asString())
        .contains("<highlighthit>");
    assertThat(first.get("url").asString()).contains("/_apis/wit/workItems/");
  }

  @Test
  void filtersProjectSegmentPagingAndFacets() {
    JsonNode bugs =
        find(
            "",
            Map.of(
                "searchText",
                "*",
                "filters",
                Map.of("System.WorkItemType", List.of("Bug")),
                "$orderBy",
                List.of(Map.of("field", "system.id", "sortOrder", "ASC")),
                "includeFacets",
                true));
    JsonNode mobile = find("Mobile/", Map.of("searchText", "*"));
    JsonNode page =
        find(
            "",
            Map.of(
                "searchText",
                "*",
                "$top",
                1,
                "$skip",
                1,
                "$orderBy",
                List.of(Map.of("field", "system.id", "sortOrder", "DESC"))));

    assertThat(bugs.get("count").asInt()).isEqualTo(2);
    assertThat(bugs.get("results").get(0).get("fields").get("system.id").asString()).isEqualTo("1");
    assertThat(bugs.get("facets").get("System.TeamProject")).hasSize(2);
    assertThat(mobile.get("count").asInt()).isEqualTo(1);
    assertThat(page.get("results")).hasSize(1);
    assertThat(page.get("results").get(0).get("fields").get("system.id").asString()).isEqualTo("2");
  }

  @Test
  void theDiscussionIsSearchedToo() {
    JsonNode answer = find("", Map.of("searchText", "staging"));

    assertThat(answer.get("count").asInt()).isEqualTo(1);
    assertThat(answer.at("/results/0/hits/0/fieldReferenceName").asString())
        .isEqualTo("system.history");
  }

  @Test
  void versionsBefore70NeedThePreviewFlag() {
    Client.Answer old =
        search.post(
            "_apis/search/workitemsearchresults?api-version=6.0", Map.of("searchText", "api"));
    Client.Answer sentry =
        search.post(
            "_apis/search/workitemsearchresults?api-version=4.1-preview.1",
            Map.of("searchText", "api"));

    assertThat(old.status()).isEqualTo(400);
    assertThat(old.json().get("typeKey").asString()).isEqualTo("VssInvalidPreviewVersionException");
    assertThat(sentry.status()).isEqualTo(200);
  }

  @Test
  void theSdksFindTheSearchLocationOnTheAlmsearchHost() {
    JsonNode locations = search.send("OPTIONS", "_apis/search", null, null).json();

    assertThat(locations.get("value").get(0).get("id").asString())
        .isEqualTo("73b2c9e2-ff9e-4447-8cda-5f5b21ff7cae");
    assertThat(locations.get("value").get(0).get("routeTemplate").asString())
        .isEqualTo("{project}/_apis/{area}/{resource}");
  }

  @Test
  void anOrganizationWithoutSearchAnswers404() {
    String other =
        ado.createOrganization(
                "nosearch",
                List.of(new Admin.UserSpec("bob@example.com", "Bob")),
                OrganizationOptions.cloud().withoutSearch())
            .user("bob@example.com")
            .pat();

    Client.Answer answer =
        Client.of(ado.hostUrl("nosearch", Host.ALMSEARCH))
            .pat(other)
            .post("_apis/search/workitemsearchresults?api-version=7.1", Map.of("searchText", "x"));

    assertThat(answer.status()).isEqualTo(404);
  }
}
