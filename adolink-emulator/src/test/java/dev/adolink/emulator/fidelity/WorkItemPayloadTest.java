package dev.adolink.emulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.wit.OrgWorkItems;
import dev.adolink.emulator.wit.WorkItemEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The workitem.* events carry the payload parts of ADO's deliveries, in the shape of the real ones
 * (AspNetWebHooks samples).
 */
class WorkItemPayloadTest {

  static final List<WorkItemEvent> EVENTS = new ArrayList<>();

  @BeforeAll
  static void changeABug() {
    try (AdoEmulator ado = AdoEmulator.start()) {
      ado.createOrganization(
          "fabrikam",
          new Admin.UserSpec("jamal@example.com", "Jamal Hartnett"),
          new Admin.UserSpec("chuck@example.com", "Chuck Reinhart"));
      ado.createProject("fabrikam", "GoodCompanyCloud");
      ado.events().subscribe(WorkItemEvent.class, EVENTS::add);
      OrgWorkItems items = ado.workItems("fabrikam");
      int id =
          items.create(
              "GoodCompanyCloud",
              "Bug",
              Map.of(
                  "System.Title",
                  "Some great new idea!",
                  "System.IterationPath",
                  "GoodCompanyCloud\\Iteration 1"));
      items.update(
          id,
          Map.of(
              "System.State",
              "Active",
              "System.AssignedTo",
              "chuck@example.com",
              "Microsoft.VSTS.Common.Severity",
              "2 - High"));
      items.comment(id, "This is a great new idea");
    }
  }

  @AfterAll
  static void forget() {
    EVENTS.clear();
  }

  private static WorkItemEvent event(String type) {
    return EVENTS.stream().filter(e -> e.eventType().equals(type)).findFirst().orElseThrow();
  }

  private static List<String> differences(String sample, WorkItemEvent event, String... ignored) {
    JsonNode expected = Example.read("../webhooks/" + sample);
    List<String> problems = new ArrayList<>();
    problems.addAll(
        Shapes.differences(expected.path("resource"), event.resource(), List.of(ignored)));
    problems.addAll(Shapes.differences(expected.path("message"), event.message(), List.of()));
    problems.addAll(
        Shapes.differences(expected.path("detailedMessage"), event.detailedMessage(), List.of()));
    return problems;
  }

  @Test
  void createdHasTheShapeOfARealDelivery() {
    assertThat(
            differences(
                "webhook-workitem-created.json",
                event(WorkItemEvent.CREATED),
                "/fields/WEF_EB329F44FE5F4A94ACB1DA153FDF38BA_Kanban.Column"))
        .isEmpty();
  }

  /**
   * The docs sample writes {@code System.Rev} and {@code System.Watermark} as strings; real
   * deliveries carry ints (reference §3.2), as the emulator does.
   */
  @Test
  void updatedHasTheShapeOfARealDelivery() {
    WorkItemEvent updated = event(WorkItemEvent.UPDATED);

    assertThat(
            differences(
                "webhook-workitem-updated.json",
                updated,
                "/fields/System.Rev/oldValue",
                "/fields/System.Rev/newValue",
                "/fields/System.Watermark/oldValue",
                "/fields/System.Watermark/newValue",
                "/revision/fields/WEF_EB329F44FE5F4A94ACB1DA153FDF38BA_Kanban.Column"))
        .isEmpty();
    assertThat(updated.resource().path("workItemId").asInt())
        .isEqualTo(updated.resource().path("revision").path("id").asInt());
    assertThat(updated.resource().at("/fields/System.AssignedTo/newValue").asString())
        .isEqualTo("Chuck Reinhart <chuck@example.com>");
    assertThat(updated.detailedMessage().path("text").asString()).contains("- New State: Active");
  }

  @Test
  void commentedHasTheShapeOfARealDelivery() {
    WorkItemEvent commented = event(WorkItemEvent.COMMENTED);

    assertThat(
            differences(
                "webhook-workitem-commented.json",
                commented,
                "/fields/WEF_EB329F44FE5F4A94ACB1DA153FDF38BA_Kanban.Column"))
        .isEmpty();
    assertThat(commented.detailedMessage().path("text").asString())
        .endsWith("This is a great new idea");
  }
}
