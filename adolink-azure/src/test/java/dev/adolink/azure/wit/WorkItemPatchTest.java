package dev.adolink.azure.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.testing.Fixtures;
import dev.adolink.azure.transport.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkItemPatchTest {

  @Test
  void serializesToTheJsonPatchArrayAdoExpects() {
    WorkItemPatch patch =
        WorkItemPatch.builder()
            .replace(Fields.STATE, "Resolved")
            .assignTo("jane@contoso.com")
            .history("Resolved in adolink")
            .addHyperlink("https://errors.example/issues/12", "adolink issue")
            .expectRevision(6)
            .build();

    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(patch)))
        .isEqualTo(Fixtures.tree(WorkItemPatchTest.class, "update.json"));
  }

  @Test
  void leavesValueOutOfRemoveOperations() {
    WorkItemPatch patch = WorkItemPatch.builder().unassign().removeRelation(2).build();

    assertThat(Json.mapper().writeValueAsString(patch))
        .isEqualTo(
            "[{\"op\":\"remove\",\"path\":\"/fields/System.AssignedTo\"},"
                + "{\"op\":\"remove\",\"path\":\"/relations/2\"}]");
  }

  @Test
  void setClearsAFieldForNullAndReplacesItOtherwise() {
    WorkItemPatch patch =
        WorkItemPatch.builder().set(Fields.TITLE, "x").set(Fields.ASSIGNED_TO, null).build();

    assertThat(patch.operations())
        .extracting(PatchOperation::op)
        .containsExactly(PatchOperation.Op.REPLACE, PatchOperation.Op.REMOVE);
  }

  @Test
  void writesTagsAsOneSemicolonSeparatedValueAndLinksCommits() {
    WorkItemPatch patch =
        WorkItemPatch.builder()
            .tags(List.of("adolink", "crash"))
            .addCommitLink("p1", "r1", "abc")
            .build();

    assertThat(patch.operations().get(0).value()).isEqualTo("adolink; crash");
    assertThat(Json.mapper().valueToTree(patch.operations().get(1).value()).toString())
        .isEqualTo(
            "{\"rel\":\"ArtifactLink\",\"url\":\"vstfs:///Git/Commit/p1%2Fr1%2Fabc\","
                + "\"attributes\":{\"name\":\"Fixed in Commit\"}}");
  }

  @Test
  void refusesFieldNamesThatAreNotReferenceNames() {
    assertThatThrownBy(() -> WorkItemPatch.builder().add("/fields/System.Title", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkItemPatch.builder().add(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
