package dev.adolink.emulator.wit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TypesTest {

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
    ado.createProject("fabrikam", "Simple", "Basic");
  }

  @Test
  void statesCarryCategoriesAndAnUnknownTypeHasNone() {
    JsonNode bug = wit.alice.get("Web/_apis/wit/workitemtypes/Bug/states?api-version=7.1").json();
    JsonNode basicBug =
        wit.alice.get("Simple/_apis/wit/workitemtypes/Bug/states?api-version=4.1-preview.1").json();

    assertThat(bug.get("value").findValuesAsString("category"))
        .containsExactly("Proposed", "InProgress", "Resolved", "Completed");
    assertThat(basicBug.get("count").asInt()).isZero();
  }

  @Test
  void typeFieldsShowRequiredFlagsAllowedValuesAndDefaults() {
    JsonNode fields =
        wit.alice
            .get("Web/_apis/wit/workitemtypes/Bug/fields?$expand=allowedValues&api-version=7.1")
            .json();

    JsonNode title = field(fields, "System.Title");
    JsonNode severity = field(fields, "Microsoft.VSTS.Common.Severity");
    assertThat(title.get("alwaysRequired").asBoolean()).isTrue();
    assertThat(severity.get("defaultValue").asString()).isEqualTo("3 - Medium");
    assertThat(severity.get("allowedValues")).hasSizeGreaterThan(1);
  }

  @Test
  void categoriesNameTheirTypesByUrlAsSentryReadsThem() {
    JsonNode categories =
        wit.alice.get("Web/_apis/wit/workitemtypecategories?api-version=7.1").json();

    assertThat(categories.findValuesAsString("referenceName")).contains("Microsoft.BugCategory");
    assertThat(categories.at("/value/0/workItemTypes/0/url").asString())
        .contains("/_apis/wit/workItemTypes/");
  }

  @Test
  void aTypeCanBeNamedByItsReferenceNameWhenCreating() {
    JsonNode item =
        wit.alice
            .patch(
                "Web/_apis/wit/workitems/$Microsoft.VSTS.WorkItemTypes.Task?api-version=4.1",
                java.util.List.of(
                    Map.of("op", "add", "path", "/fields/System.Title", "value", "t")),
                WitFixture.PATCH)
            .json();

    assertThat(item.at("/fields/System.WorkItemType").asString()).isEqualTo("Task");
  }

  @Test
  void classificationNodesAreListedWithDepthAndCreated() {
    int status =
        wit.alice
            .post(
                "Web/_apis/wit/classificationnodes/areas?api-version=7.1",
                Map.of("name", "Backend"))
            .status();
    JsonNode areas =
        wit.alice.get("Web/_apis/wit/classificationnodes/areas?$depth=1&api-version=7.1").json();

    assertThat(status).isEqualTo(201);
    assertThat(areas.at("/children/0/name").asString()).isEqualTo("Backend");
    assertThat(areas.at("/children/0/path").asString()).isEqualTo("\\Web\\Area\\Backend");
  }

  private static JsonNode field(JsonNode fields, String referenceName) {
    for (JsonNode f : fields.get("value")) {
      if (f.get("referenceName").asString().equals(referenceName)) {
        return f;
      }
    }
    throw new AssertionError("no field " + referenceName);
  }
}
