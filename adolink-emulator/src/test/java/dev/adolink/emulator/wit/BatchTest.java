package dev.adolink.emulator.wit;

import static dev.adolink.emulator.wit.WitFixture.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.http.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BatchTest {

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
