package dev.adolink.emulator.wit;

import static dev.adolink.emulator.wit.WitFixture.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.support.Client;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WorkItemsTest {

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
  }

  @Nested
  class Create {
    @Test
    void aNewTaskGetsRevisionOneWithTheSystemFieldsAdoMaintains() {
      Client.Answer answer =
          wit.create("Task", List.of(op("add", "/fields/System.Title", "Sample task")));

      assertThat(answer.status()).isEqualTo(200);
      JsonNode item = answer.json();
      assertThat(item.get("id").asInt()).isEqualTo(1);
      assertThat(item.get("rev").asInt()).isEqualTo(1);
      JsonNode fields = item.get("fields");
      assertThat(fields.get("System.Title").asString()).isEqualTo("Sample task");
      assertThat(fields.get("System.State").asString()).isEqualTo("New");
      assertThat(fields.get("System.Reason").asString()).isEqualTo("New");
      assertThat(fields.get("System.AreaPath").asString()).isEqualTo("Web");
      assertThat(fields.get("System.IterationPath").asString()).isEqualTo("Web");
      assertThat(fields.get("System.TeamProject").asString()).isEqualTo("Web");
      assertThat(fields.get("System.WorkItemType").asString()).isEqualTo("Task");
      assertThat(fields.get("System.CreatedBy").get("uniqueName").asString())
          .isEqualTo("alice@example.com");
      assertThat(fields.get("Microsoft.VSTS.Common.Priority").asInt()).isEqualTo(2);
      assertThat(fields.has("System.Rev")).isFalse();
      assertThat(item.get("_links").get("html").get("href").asString())
          .contains("web/wi.aspx?pcguid=");
      assertThat(item.get("url").asString()).isEqualTo(wit.base + "_apis/wit/workItems/1");
    }

    @Test
    void patchIsAcceptedOnTheTypeUrlAsSentryDoes() {
      Client.Answer answer =
          wit.alice.patch(
              "Web/_apis/wit/workitems/$Bug?api-version=4.1",
              List.of(op("add", "/fields/System.Title", "Crash")),
              WitFixture.PATCH);

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("fields").get("System.CreatedBy").isString()).isTrue();
      assertThat(answer.json().get("fields").get("System.CreatedBy").asString())
          .isEqualTo("Alice Smith <alice@example.com>");
    }
  }
}
