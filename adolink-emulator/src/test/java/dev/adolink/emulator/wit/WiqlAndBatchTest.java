package dev.adolink.emulator.wit;

import static dev.adolink.emulator.wit.WitFixture.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.support.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WiqlAndBatchTest {

  static AdoEmulator ado;
  WitFixture wit;

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
    wit = new WitFixture(ado).seed();
    ado.createProject("fabrikam", "Mobile", "Scrum");
    OrgWorkItems items = ado.workItems("fabrikam");
    items.addArea("Web", "Backend");
    items.create(
        "Web", "Bug", Map.of("System.Title", "Crash on save", "System.Tags", "crash; api"));
    items.create(
        "Web",
        "Task",
        Map.of(
            "System.Title",
            "Write docs",
            "System.AssignedTo",
            "bob@example.com",
            "System.AreaPath",
            "Web\\Backend"));
    int closed = items.create("Web", "Task", Map.of("System.Title", "Old task"));
    items.update(closed, Map.of("System.State", "Closed"));
    items.create("Mobile", "Bug", Map.of("System.Title", "Mobile crash"));
  }

  private List<Integer> ids(String project, String wiql) {
    Client.Answer answer =
        wit.alice.post(
            (project == null ? "" : project + "/") + "_apis/wit/wiql?api-version=7.1",
            Map.of("query", wiql));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<Integer> ids = new ArrayList<>();
    answer.json().get("workItems").forEach(w -> ids.add(w.get("id").asInt()));
    return ids;
  }

  @Nested
  class Wiql {
    @Test
    void equalsAndNotEqualsWithAndFilterByTypeAndState() {
      assertThat(
              ids(
                  null,
                  "Select [System.Id] From WorkItems Where [System.WorkItemType] = 'Task' AND"
                      + " [State] <> 'Closed'"))
          .containsExactly(2);
    }

    @Test
    void atProjectBindsTheProjectOfTheUrl() {
      assertThat(
              ids(
                  "Mobile",
                  "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project"))
          .containsExactly(4);
    }

    @Test
    void inContainsOrAndParentheses() {
      assertThat(
              ids(
                  "Web",
                  "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND"
                      + " ([System.Title] CONTAINS 'crash' OR [System.State] IN ('Closed'))"))
          .containsExactly(1, 3);
    }

    @Test
    void underMatchesAnAreaAndItsChildrenAndMeIsTheCaller() {
      assertThat(ids(null, "SELECT [System.Id] FROM WorkItems WHERE [System.AreaPath] UNDER 'Web'"))
          .containsExactly(1, 2, 3);
      assertThat(
              wit.bob
                  .post(
                      "_apis/wit/wiql?api-version=7.1",
                      Map.of(
                          "query",
                          "SELECT [System.Id] FROM WorkItems WHERE [System.AssignedTo] = @me"))
                  .json()
                  .get("workItems")
                  .get(0)
                  .get("id")
                  .asInt())
          .isEqualTo(2);
    }

    @Test
    void orderByAndTopShapeTheAnswer() {
      JsonNode answer =
          wit.alice
              .post(
                  "_apis/wit/wiql?$top=2&api-version=7.1",
                  Map.of(
                      "query",
                      "SELECT [System.Id], [System.Title] FROM WorkItems ORDER BY [System.Title]"
                          + " DESC"))
              .json();

      assertThat(answer.get("queryType").asString()).isEqualTo("flat");
      assertThat(answer.get("columns").get(1).get("name").asString()).isEqualTo("Title");
      assertThat(answer.get("sortColumns").get(0).get("descending").asBoolean()).isTrue();
      assertThat(answer.get("workItems")).hasSize(2);
      assertThat(answer.get("workItems").get(0).get("id").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownFieldOrBadSyntaxIs400() {
      Client.Answer field =
          wit.alice.post(
              "_apis/wit/wiql?api-version=7.1",
              Map.of("query", "SELECT [System.Id] FROM WorkItems WHERE [Custom.Nope] = 1"));
      Client.Answer syntax =
          wit.alice.post("_apis/wit/wiql?api-version=7.1", Map.of("query", "SELECT FROM WHERE"));

      assertThat(field.status()).isEqualTo(400);
      assertThat(field.json().get("message").asString()).startsWith("TF51005");
      assertThat(syntax.status()).isEqualTo(400);
    }
  }

  @Nested
  class Batch {
    @Test
    void eachEntryAnswersOnItsOwnWithItsBodyAsAString() {
      List<Map<String, Object>> entries =
          List.of(
              Map.of(
                  "method",
                  "PATCH",
                  "uri",
                  "/_apis/wit/workitems/1?api-version=7.1",
                  "headers",
                  Map.of("Content-Type", WitFixture.PATCH),
                  "body",
                  List.of(op("add", "/fields/System.State", "Active"))),
              Map.of(
                  "method",
                  "PATCH",
                  "uri",
                  "/_apis/wit/workitems/999?api-version=7.1",
                  "headers",
                  Map.of("Content-Type", WitFixture.PATCH),
                  "body",
                  List.of(op("add", "/fields/System.Title", "x"))),
              Map.of(
                  "method",
                  "PATCH",
                  "uri",
                  "/Web/_apis/wit/workitems/$Task?api-version=7.1",
                  "headers",
                  Map.of("Content-Type", WitFixture.PATCH),
                  "body",
                  List.of(
                      op("add", "/id", "-1"),
                      op("add", "/fields/System.Title", "Created in batch"))),
              Map.of(
                  "method",
                  "PATCH",
                  "uri",
                  "/_apis/wit/workitems/-1?api-version=7.1",
                  "headers",
                  Map.of("Content-Type", WitFixture.PATCH),
                  "body",
                  List.of(
                      op(
                          "add",
                          "/relations/-",
                          Map.of(
                              "rel",
                              "System.LinkTypes.Related",
                              "url",
                              wit.base + "_apis/wit/workItems/1")))));

      JsonNode answer = wit.alice.post("_apis/wit/$batch?api-version=7.1", entries).json();

      assertThat(answer.get("count").asInt()).isEqualTo(4);
      JsonNode value = answer.get("value");
      assertThat(value.get(0).get("code").asInt()).isEqualTo(200);
      assertThat(value.get(0).get("body").isString()).isTrue();
      assertThat(Json.MAPPER.readTree(value.get(0).get("body").asString()).get("rev").asInt())
          .isEqualTo(2);
      assertThat(value.get(1).get("code").asInt()).isEqualTo(404);
      JsonNode created = Json.MAPPER.readTree(value.get(2).get("body").asString());
      assertThat(created.get("fields").get("System.Title").asString())
          .isEqualTo("Created in batch");
      assertThat(value.get(3).get("code").asInt()).isEqualTo(200);
      assertThat(Json.MAPPER.readTree(value.get(3).get("body").asString()).get("id").asInt())
          .isEqualTo(created.get("id").asInt());
    }
  }
}
