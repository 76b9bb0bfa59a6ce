package dev.adolink.emulator.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProcessCatalogTest {

  private final ProcessCatalog catalog = ProcessCatalog.standard();

  @Test
  void hasTheThreeSystemProcessesWithAgileAsDefaultAndACustomOne() {
    assertThat(catalog.all())
        .extracting(ProcessTemplate::name)
        .containsExactly("Agile", "Scrum", "Basic", "Custom Agile");
    assertThat(catalog.defaultProcess().name()).isEqualTo("Agile");
  }

  @Test
  void theCustomProcessRequiresCustomFieldsOnBugsWithAllowedValues() {
    WorkItemTypeDefinition bug =
        catalog.byName("Custom Agile").orElseThrow().type("Bug").orElseThrow();

    TypeField team = bug.field("Custom.Team").orElseThrow();
    assertThat(team.required()).isTrue();
    assertThat(team.allowedValues()).containsExactly("Checkout", "Payments", "Platform");
    assertThat(bug.field("Custom.CustomerImpact").orElseThrow().required()).isTrue();
    assertThat(catalog.byName("Agile").orElseThrow().type("Bug").orElseThrow().field("Custom.Team"))
        .isEmpty();
  }

  @Nested
  class Agile {
    private final ProcessTemplate agile = catalog.byName("Agile").orElseThrow();

    @Test
    void bugStatesHaveCategoriesAndColors() {
      WorkItemTypeDefinition bug = agile.type("Bug").orElseThrow();

      assertThat(bug.states())
          .extracting(WorkItemState::name, WorkItemState::category)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("New", StateCategory.PROPOSED),
              org.assertj.core.groups.Tuple.tuple("Active", StateCategory.IN_PROGRESS),
              org.assertj.core.groups.Tuple.tuple("Resolved", StateCategory.RESOLVED),
              org.assertj.core.groups.Tuple.tuple("Closed", StateCategory.COMPLETED));
      assertThat(bug.initialState().color()).isEqualTo("b2b2b2");
      assertThat(bug.category()).isEqualTo("Microsoft.BugCategory");
    }

    @Test
    void fieldsCarryRequiredFlagsAllowedValuesAndDefaults() {
      WorkItemTypeDefinition bug = agile.type("microsoft.vsts.workitemtypes.bug").orElseThrow();

      assertThat(bug.field("System.Title").orElseThrow().required()).isTrue();
      TypeField severity = bug.field("Severity").orElseThrow();
      assertThat(severity.allowedValues()).contains("1 - Critical", "4 - Low");
      assertThat(severity.defaultValue()).isEqualTo("3 - Medium");
      assertThat(bug.field("System.AssignedTo").orElseThrow().field().isIdentity()).isTrue();
      assertThat(bug.requiredFields())
          .extracting(TypeField::referenceName)
          .contains("System.Title", "Microsoft.VSTS.Common.ValueArea");
    }

    @Test
    void codeReviewRequestIsHidden() {
      assertThat(agile.isHidden("Code Review Request")).isTrue();
      assertThat(agile.isHidden("Bug")).isFalse();
      assertThat(agile.visibleTypes())
          .extracting(WorkItemTypeDefinition::name)
          .contains("Bug", "User Story")
          .doesNotContain("Code Review Request");
    }
  }

  @Test
  void scrumAndBasicDifferFromAgile() {
    assertThat(catalog.byName("Scrum").orElseThrow().type("Product Backlog Item")).isPresent();
    assertThat(catalog.byName("Basic").orElseThrow().type("Bug")).isEmpty();
    assertThat(catalog.byName("Basic").orElseThrow().type("Issue").orElseThrow().states())
        .extracting(WorkItemState::name)
        .containsExactly("To Do", "Doing", "Done");
  }
}
