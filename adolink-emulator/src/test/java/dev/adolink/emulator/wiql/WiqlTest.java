package dev.adolink.emulator.wiql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.support.Client;
import dev.adolink.emulator.wit.OrgWorkItems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WiqlTest {

  static AdoEmulator ado;
  Client alice;
  Client bob;

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
    var org =
        ado.createOrganization(
            "fabrikam",
            new Admin.UserSpec("alice@example.com", "Alice Smith"),
            new Admin.UserSpec("bob@example.com", "Bob Jones"));
    alice = Client.of(ado.organizationUrl("fabrikam")).pat(org.user("alice@example.com").pat());
    bob = Client.of(ado.organizationUrl("fabrikam")).pat(org.user("bob@example.com").pat());
    ado.createProject("fabrikam", "Web");
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
        alice.post(
            (project == null ? "" : project + "/") + "_apis/wit/wiql?api-version=7.1",
            Map.of("query", wiql));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<Integer> ids = new ArrayList<>();
    answer.json().get("workItems").forEach(w -> ids.add(w.get("id").asInt()));
    return ids;
  }

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
            bob.post(
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
        alice
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
        alice.post(
            "_apis/wit/wiql?api-version=7.1",
            Map.of("query", "SELECT [System.Id] FROM WorkItems WHERE [Custom.Nope] = 1"));
    Client.Answer syntax =
        alice.post("_apis/wit/wiql?api-version=7.1", Map.of("query", "SELECT FROM WHERE"));

    assertThat(field.status()).isEqualTo(400);
    assertThat(field.json().get("message").asString()).startsWith("TF51005");
    assertThat(syntax.status()).isEqualTo(400);
  }
}
