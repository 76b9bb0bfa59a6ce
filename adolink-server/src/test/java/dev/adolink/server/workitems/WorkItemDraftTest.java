package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.server.system.ApiException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WorkItemDraftTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static WorkItemDraft parse(String json) {
    return WorkItemDraft.parse(JSON.readTree(json));
  }

  static JsonNode tree(String json) {
    return JSON.readTree(json);
  }

  @Test
  void readsTheFormValuesAndFieldsByReferenceName() {
    WorkItemDraft draft =
        parse(
            """
            {"project": "Web", "work_item_type": "Bug", "title": "t", "description": "d",
             "area_path": "Web\\\\A", "iteration_path": "Web\\\\I", "tags": "a; b, a",
             "Microsoft.VSTS.Common.Priority": 1, "Custom.Team": "Payments",
             "Custom.Blank": " ", "ignored": {"x": 1}}""");

    assertThat(draft.project()).isEqualTo("Web");
    assertThat(draft.areaPath()).isEqualTo("Web\\A");
    assertThat(draft.tags()).containsExactly("a", "b");
    assertThat(draft.fields())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("Microsoft.VSTS.Common.Priority", 1L, "Custom.Team", "Payments"));
  }

  @Test
  void aTitleLongerThanAzureDevOpsTakesIsCutWithAnEllipsis() {
    WorkItemDraft draft = parse("{}").withText("é".repeat(256), null);

    assertThat(draft.adoTitle()).hasSize(255).endsWith("é...");
    assertThat(parse("{}").withText("short ", null).adoTitle()).isEqualTo("short");
  }

  @Test
  void fieldsTheFormNamesItselfAndNonScalarsAreRefused() {
    assertThatThrownBy(() -> parse("{\"System.Title\": \"x\", \"Custom.Team\": [1]}"))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(e.body().errors())
                    .containsOnlyKeys("System.Title", "Custom.Team")
                    .containsEntry("System.Title", "is set with title"));
  }

  @Test
  void aRuleStoresItsValuesWithoutTitleAndDescription() {
    WorkItemDraft draft =
        parse(
            "{\"project\": \"P\", \"work_item_type\": \"Bug\", \"title\": \"t\", \"tags\": [\"a\"]}");

    assertThat(draft.values())
        .isEqualTo(Map.of("project", "P", "work_item_type", "Bug", "tags", List.of("a")));
    assertThat(WorkItemDraft.parse(JSON.valueToTree(draft.values())).withText("t", null))
        .isEqualTo(draft);
  }
}
