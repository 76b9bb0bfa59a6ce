package dev.adolink.azure.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.error.RevisionConflictException;
import dev.adolink.azure.error.RuleValidationException;
import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.testing.EmulatedAdo;
import dev.adolink.azure.testing.EmulatedAdo.Logged;
import dev.adolink.azure.testing.Fixtures;
import dev.adolink.azure.testing.RecordingHttpClient.Sent;
import dev.adolink.azure.transport.Json;
import dev.adolink.emulator.control.Admin;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WorkItemEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  private Admin.CreatedOrganization created;
  private WorkItemApi wit;

  @BeforeEach
  void organization() {
    created = ado.organization();
    ado.emulator().createProject(created.name(), "Web");
    Organization org =
        ado.client()
            .organization(
                ado.url(created), PersonalAccessToken.of(created.user(EmulatedAdo.ALICE).pat()));
    wit = org.workItems();
  }

  private WorkItemPatch bugPatch() {
    return WorkItemPatch.builder()
        .title("NullPointerException in checkout")
        .description("<p>Seen 12 times</p>")
        .assignTo(EmulatedAdo.ALICE)
        .tags(List.of("adolink", "crash"))
        .addHyperlink("https://errors.example/issues/12", "adolink issue")
        .build();
  }

  private Sent last(String pathEnd) {
    return ado.sent().stream()
        .filter(s -> s.path().endsWith(pathEnd))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  @Nested
  class Writes {

    @Test
    void createsAWorkItemFromAJsonPatch() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());

      assertThat(bug.id()).isPositive();
      assertThat(bug.rev()).isEqualTo(1);
      assertThat(bug.fields().title()).contains("NullPointerException in checkout");
      assertThat(bug.fields().assignedTo().flatMap(Identity::normalizedEmail))
          .contains(EmulatedAdo.ALICE);
      assertThat(bug.fields().tags()).containsExactly("adolink", "crash");
      Sent sent = last("/$Bug");
      assertThat(sent.method()).isEqualTo("POST");
      assertThat(sent.path()).isEqualTo("/" + created.name() + "/Web/_apis/wit/workitems/$Bug");
      assertThat(sent.query()).isEqualTo("api-version=7.1");
      assertThat(sent.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/json-patch+json"));
      assertThat(Json.mapper().readTree(sent.body()))
          .isEqualTo(Fixtures.tree(WorkItemEmulatorTest.class, "create.json"));
    }

    @Test
    void createsATypeWithASpaceInItsName() {
      WorkItem story =
          wit.create("Web", "User Story", WorkItemPatch.builder().title("Login").build());

      assertThat(story.fields().workItemType()).contains("User Story");
      assertThat(last("Story").path()).endsWith("/_apis/wit/workitems/$User%20Story");
    }

    @Test
    void updatesWithAnExpectedRevisionAndRefusesAStaleOne() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());

      WorkItem resolved =
          wit.update(bug.id(), WorkItemPatch.builder().expectRevision(1).state("Resolved").build());

      assertThat(resolved.rev()).isEqualTo(2);
      assertThat(resolved.fields().state()).contains("Resolved");
      assertThatThrownBy(
              () ->
                  wit.update(
                      bug.id(), WorkItemPatch.builder().expectRevision(1).state("Active").build()))
          .isInstanceOf(RevisionConflictException.class);
      Sent update = ado.sent().get(ado.sent().size() - 1);
      assertThat(update.method()).isEqualTo("PATCH");
      assertThat(update.path())
          .isEqualTo("/" + created.name() + "/_apis/wit/workitems/" + bug.id());
    }

    @Test
    void aStateTheTypeDoesNotHaveBreaksARule() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());

      assertThatThrownBy(
              () -> wit.update(bug.id(), WorkItemPatch.builder().state("Shipped").build()))
          .isInstanceOfSatisfying(
              RuleValidationException.class,
              e -> {
                assertThat(e.serverMessage()).startsWith("TF401320");
                assertThat(e.violations())
                    .extracting(RuleValidationException.Violation::fieldReferenceName)
                    .contains(Fields.STATE);
              });
    }

    @Test
    void unassignsAndValidatesWithoutSaving() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());

      WorkItem checked =
          wit.update(
              bug.id(),
              WorkItemPatch.builder().unassign().build(),
              WriteOptions.DEFAULT.withValidateOnly());
      WorkItem unassigned = wit.update(bug.id(), WorkItemPatch.builder().unassign().build());

      assertThat(ado.sent().get(ado.sent().size() - 2).query()).contains("validateOnly=true");
      assertThat(wit.get(bug.id()).rev()).isEqualTo(unassigned.rev());
      assertThat(checked.rev()).isEqualTo(bug.rev());
      assertThat(unassigned.fields().assignedTo()).isEmpty();
    }

    @Test
    void appliesManyWritesInOneBatchEachSucceedingOrFailingOnItsOwn() {
      WorkItem a = wit.create("Web", "Bug", bugPatch());
      WorkItem b = wit.create("Web", "Bug", bugPatch());

      List<BatchResult> results =
          wit.batch(
              WorkItemBatch.builder()
                  .update(a.id(), WorkItemPatch.builder().state("Resolved").build())
                  .update(b.id(), WorkItemPatch.builder().state("Shipped").build())
                  .create("Web", "Task", WorkItemPatch.builder().title("Follow up").build())
                  .build());

      assertThat(results).extracting(BatchResult::isSuccess).containsExactly(true, false, true);
      assertThat(results.get(0).workItem().fields().state()).contains("Resolved");
      assertThat(results.get(1).status()).isEqualTo(400);
      assertThat(results.get(1).message()).startsWith("TF401320");
      Sent batch = last("/$batch");
      assertThat(batch.bodyText())
          .contains("\"uri\":\"/_apis/wit/workitems/" + a.id() + "?api-version=7.1\"")
          .contains("\"uri\":\"/Web/_apis/wit/workitems/$Task?api-version=7.1\"")
          .contains("\"Content-Type\":\"application/json-patch+json\"");
    }

    @Test
    void deletesAWorkItem() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());

      wit.delete(bug.id());

      assertThatThrownBy(() -> wit.get(bug.id())).isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  class Reads {

    @Test
    void readsRelationsWhenAskedFor() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());

      WorkItem read = wit.get(bug.id(), WorkItemExpand.RELATIONS);

      assertThat(read.relations())
          .singleElement()
          .satisfies(
              relation -> {
                assertThat(relation.rel()).isEqualTo(WorkItemRelation.HYPERLINK);
                assertThat(relation.comment()).isEqualTo("adolink issue");
              });
      assertThat(ado.requests().get(ado.requests().size() - 1).query())
          .contains("$expand=relations");
    }

    @Test
    void readsManyInBatchesLeavingOutMissingIds() {
      WorkItem a = wit.create("Web", "Bug", bugPatch());
      WorkItem b = wit.create("Web", "Bug", bugPatch());

      List<WorkItem> items =
          wit.get(List.of(a.id(), 999_999, b.id()), List.of(Fields.TITLE, Fields.STATE));

      assertThat(items).extracting(WorkItem::id).containsExactly(a.id(), b.id());
      assertThat(last("/workitemsbatch").bodyText()).contains("\"errorPolicy\":\"omit\"");
    }

    @Test
    void queriesWithWiql() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());

      WiqlResult result =
          wit.wiql(
              "Web", "Select [System.Id] From WorkItems Where [System.WorkItemType] = 'Bug'", 50);

      assertThat(result.ids()).contains(bug.id());
      assertThat(ado.requests().get(ado.requests().size() - 1).query()).contains("$top=50");
    }
  }

  @Nested
  class Process {

    @Test
    void readsTypesTheirFieldsAndStates() {
      assertThat(wit.types("Web"))
          .extracting(WorkItemType::name)
          .contains("Bug", "User Story", "Task");
      assertThat(wit.type("Web", "Bug").states()).isNotEmpty();
      assertThat(wit.typeFields("Web", "Bug"))
          .filteredOn(WorkItemTypeField::alwaysRequired)
          .extracting(WorkItemTypeField::referenceName)
          .contains(Fields.TITLE);
      List<WorkItemState> states = wit.states("Web", "Bug");
      assertThat(states)
          .extracting(WorkItemState::name)
          .contains("New", "Active", "Resolved", "Closed");
      assertThat(states)
          .filteredOn(WorkItemState::isDone)
          .extracting(WorkItemState::name)
          .contains("Resolved", "Closed");
    }

    @Test
    void readsCategoriesClassificationNodesAndTags() {
      wit.create("Web", "Bug", bugPatch());

      assertThat(wit.categories("Web"))
          .extracting(WorkItemTypeCategory::referenceName)
          .contains("Microsoft.BugCategory", "Microsoft.RequirementCategory");
      assertThat(wit.areas("Web", 2).name()).isEqualTo("Web");
      assertThat(wit.iterations("Web", 2).structureType())
          .isEqualTo(ClassificationNode.StructureType.ITERATION);
      assertThat(wit.tags("Web")).extracting(Tag::name).contains("adolink", "crash");
      assertThat(ado.requests().stream().filter(l -> l.path().endsWith("/tags")).map(Logged::query))
          .singleElement()
          .satisfies(q -> assertThat(q).contains("api-version=7.1"));
    }
  }

  @Nested
  class Comments {

    @Test
    void addsEditsListsAndDeletesComments() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());

      Comment added = wit.addComment("Web", bug.id(), "First **note**", Comment.Format.MARKDOWN);
      Comment edited = wit.editComment("Web", bug.id(), added.id(), "Edited note");
      wit.addComment("Web", bug.id(), "<p>Second</p>", Comment.Format.HTML);

      assertThat(edited.text()).isEqualTo("Edited note");
      assertThat(edited.version()).isEqualTo(2);
      assertThat(wit.comments("Web", bug.id()).toList())
          .extracting(Comment::text)
          .containsExactly("Edited note", "<p>Second</p>");
      wit.deleteComment("Web", bug.id(), added.id());
      assertThat(wit.comment("Web", bug.id(), added.id()).map(Comment::isDeleted))
          .isNotEqualTo(java.util.Optional.of(false));
      assertThat(ado.requests())
          .filteredOn(l -> l.path().contains("/comments"))
          .extracting(Logged::query)
          .allSatisfy(q -> assertThat(q).contains("api-version=7.1-preview.4"));
      assertThat(
              ado.sent().stream()
                  .filter(x -> x.method().equals("POST") && x.path().endsWith("/comments")))
          .extracting(Sent::query)
          .containsExactly(
              "format=markdown&api-version=7.1-preview.4", "api-version=7.1-preview.4");
    }

    @Test
    void onAnOlderServerCommentsAreAskedForInThatVersionsPreview() {
      Admin.CreatedOrganization server = ado.server("7.0", true);
      ado.emulator().createProject(server.name(), "Web");
      WorkItemApi older =
          ado.client()
              .organization(
                  ado.url(server), PersonalAccessToken.of(server.user(EmulatedAdo.ALICE).pat()))
              .workItems();
      WorkItem bug = older.create("Web", "Bug", bugPatch());

      older.addComment("Web", bug.id(), "note", Comment.Format.HTML);

      assertThat(older.comments("Web", bug.id()).toList())
          .extracting(Comment::text)
          .contains("note");
      assertThat(ado.requests())
          .filteredOn(l -> l.path().endsWith("/comments") && l.status() == 200)
          .extracting(Logged::query)
          .allSatisfy(q -> assertThat(q).contains("api-version=7.0-preview.3"));
    }

    @Test
    void aHistoryEntryBecomesAComment() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());

      wit.update(bug.id(), WorkItemPatch.builder().history("Resolved in adolink").build());

      assertThat(wit.comments("Web", bug.id()).toList())
          .extracting(Comment::text)
          .contains("Resolved in adolink");
    }

    @Test
    void pagesThroughManyCommentsWithTheBodyContinuationToken() {
      WorkItem bug = wit.create("Web", "Bug", bugPatch());
      for (int i = 0; i < 205; i++) {
        wit.addComment("Web", bug.id(), "note " + i, Comment.Format.HTML);
      }
      ado.requests();

      List<Comment> all = wit.comments("Web", bug.id()).toList();

      assertThat(all).hasSize(205).extracting(Comment::id).doesNotHaveDuplicates();
      assertThat(
              ado.sent().stream()
                  .filter(s -> s.method().equals("GET") && s.path().endsWith("/comments")))
          .hasSize(2)
          .last()
          .satisfies(s -> assertThat(s.query()).contains("continuationToken="));
    }
  }
}
