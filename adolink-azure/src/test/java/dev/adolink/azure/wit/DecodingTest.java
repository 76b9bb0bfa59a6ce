package dev.adolink.azure.wit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.testing.Fixtures;
import dev.adolink.azure.transport.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the official 7.1 examples (specs/wit/7.1/httpExamples). */
class DecodingTest {

  @Test
  void aWorkItemWithIdentityFields() {
    WorkItem item = Fixtures.read(DecodingTest.class, "work-item.json", WorkItem.class);

    assertThat(item.id()).isEqualTo(12);
    assertThat(item.rev()).isEqualTo(3);
    assertThat(item.fields().state()).contains("Active");
    assertThat(item.fields().workItemType()).contains("User Story");
    assertThat(item.fields().assignedTo().flatMap(Identity::normalizedEmail))
        .contains("fabrikamfiber4@hotmail.com");
    assertThat(item.htmlUrl()).isPresent();
  }

  @Test
  void fieldValuesAreCoercedBetweenNumbersAndStrings() {
    WorkItemFields fields =
        Json.mapper()
            .readValue(
                """
                {"System.Rev": "5", "Microsoft.VSTS.Common.Priority": 2,
                 "System.Tags": "api; rest ;", "System.AssignedTo": "Jo <jo@x.io>"}
                """,
                WorkItemFields.class);

    assertThat(fields.integer(Fields.REV)).hasValue(5);
    assertThat(fields.string(Fields.PRIORITY)).contains("2");
    assertThat(fields.tags()).containsExactly("api", "rest");
    assertThat(fields.assignedTo().map(Identity::email)).contains("jo@x.io");
    assertThat(fields.title()).isEmpty();
  }

  @Test
  void statesWithTheirCategories() {
    List<WorkItemState> states =
        Fixtures.list(DecodingTest.class, "states.json", WorkItemState.class);

    assertThat(states)
        .extracting(WorkItemState::name)
        .contains("New", "Active", "Resolved", "Closed");
    assertThat(states)
        .filteredOn(WorkItemState::isDone)
        .extracting(WorkItemState::name)
        .containsExactly("Resolved", "Closed");
  }

  @Test
  void anUnknownStateCategoryIsUnknown() {
    WorkItemState state =
        Json.mapper().readValue("{\"name\":\"X\",\"category\":\"Frozen\"}", WorkItemState.class);

    assertThat(state.category()).isEqualTo(WorkItemState.Category.UNKNOWN);
  }

  @Test
  void aCommentsPageInTheOlderShapeWithCommentId() {
    CommentCalls.CommentList page =
        Fixtures.read(DecodingTest.class, "comments-page.json", CommentCalls.CommentList.class);

    assertThat(page.comments()).hasSize(2);
    assertThat(page.comments().get(0).id()).isEqualTo(45);
    assertThat(page.comments().get(0).createdBy().displayName()).isEqualTo("Jamal Hartnett");
    assertThat(page.continuationToken()).isNotBlank();
  }

  @Test
  void categoriesFieldsAreasAndWiql() {
    assertThat(Fixtures.list(DecodingTest.class, "categories.json", WorkItemTypeCategory.class))
        .extracting(WorkItemTypeCategory::referenceName)
        .contains("Microsoft.BugCategory");
    assertThat(Fixtures.list(DecodingTest.class, "type-fields.json", WorkItemTypeField.class))
        .filteredOn(WorkItemTypeField::alwaysRequired)
        .extracting(WorkItemTypeField::referenceName)
        .contains("System.IterationId");
    ClassificationNode areas =
        Fixtures.read(DecodingTest.class, "areas.json", ClassificationNode.class);
    assertThat(areas.structureType()).isEqualTo(ClassificationNode.StructureType.AREA);
    assertThat(areas.children()).isNotEmpty();
    assertThat(Fixtures.read(DecodingTest.class, "wiql.json", WiqlResult.class).ids()).isNotEmpty();
  }

  @Test
  void identityAllowedValuesBecomeNameAndEmail() {
    WorkItemTypeField assignedTo =
        Fixtures.list(DecodingTest.class, "type-fields.json", WorkItemTypeField.class).stream()
            .filter(f -> f.referenceName().equals(Fields.ASSIGNED_TO))
            .findFirst()
            .orElseThrow();

    assertThat(assignedTo.allowedValues()).contains("Jamal Hartnett <fabrikamfiber4@hotmail.com>");
  }
}
