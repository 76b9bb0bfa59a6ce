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

  @Nested
  class Read {
    @Test
    void aSingleGetHasLinksButNoRelationsOrExtendedFieldsByDefault() {
      int id = wit.createTask("Read me");
      wit.update(
          wit.alice,
          id,
          List.of(
              op(
                  "add",
                  "/relations/-",
                  java.util.Map.of("rel", "Hyperlink", "url", "https://sentry.example/1"))),
          "");

      JsonNode item = wit.alice.get("_apis/wit/workitems/" + id + "?api-version=7.1").json();

      assertThat(item.has("relations")).isFalse();
      assertThat(item.has("_links")).isTrue();
      assertThat(item.get("fields").has("System.Watermark")).isFalse();
    }

    @Test
    void expandAllAddsRelationsAndTheExtendedFields() {
      int id = wit.createTask("Read me");
      wit.update(
          wit.alice,
          id,
          List.of(
              op(
                  "add",
                  "/relations/-",
                  java.util.Map.of("rel", "Hyperlink", "url", "https://sentry.example/1"))),
          "");

      JsonNode item =
          wit.alice.get("_apis/wit/workitems/" + id + "?$expand=all&api-version=7.1").json();

      assertThat(item.get("relations").get(0).get("rel").asString()).isEqualTo("Hyperlink");
      assertThat(item.get("fields").get("System.Rev").asInt()).isEqualTo(2);
      assertThat(item.get("fields").get("System.RevisedDate").asString())
          .isEqualTo("9999-01-01T00:00:00Z");
      assertThat(item.get("fields").get("System.AreaLevel1").asString()).isEqualTo("Web");
    }

    @Test
    void fieldsSelectsFieldsAndCannotBeCombinedWithExpand() {
      int id = wit.createTask("Only title");

      JsonNode item =
          wit.alice
              .get("_apis/wit/workitems/" + id + "?fields=System.Title,System.Id&api-version=7.1")
              .json();
      Client.Answer both =
          wit.alice.get(
              "_apis/wit/workitems/" + id + "?fields=System.Title&$expand=all&api-version=7.1");

      assertThat(item.get("fields").propertyNames()).containsExactly("System.Title", "System.Id");
      assertThat(both.status()).isEqualTo(400);
      assertThat(both.json().get("typeKey").asString()).isEqualTo("ConflictingParametersException");
    }

    @Test
    void asOfAnswersTheRevisionInEffectThen() {
      ado.clock().freeze();
      int id = wit.createTask("Before");
      java.time.Instant between = ado.clock().instant().plusSeconds(30);
      ado.clock().advance(java.time.Duration.ofMinutes(1));
      wit.update(wit.alice, id, List.of(op("replace", "/fields/System.Title", "After")), "");

      JsonNode item =
          wit.alice
              .get("_apis/wit/workitems/" + id + "?asOf=" + between + "&api-version=7.1")
              .json();

      assertThat(item.get("rev").asInt()).isEqualTo(1);
      assertThat(item.get("fields").get("System.Title").asString()).isEqualTo("Before");
      assertThat(item.get("url").asString()).endsWith("/workItems/" + id + "/revisions/1");
    }

    @Test
    void aListByIdsFailsOnAMissingIdUnlessErrorsAreOmitted() {
      int id = wit.createTask("Exists");

      Client.Answer fail = wit.alice.get("_apis/wit/workitems?ids=" + id + ",999&api-version=7.1");
      JsonNode omit =
          wit.alice
              .get("_apis/wit/workitems?ids=" + id + ",999&errorPolicy=omit&api-version=7.1")
              .json();

      assertThat(fail.status()).isEqualTo(404);
      assertThat(fail.json().get("message").asString())
          .startsWith("TF401232: Work item 999 does not exist");
      assertThat(omit.get("count").asInt()).isEqualTo(2);
      assertThat(omit.get("value").get(1).isNull()).isTrue();
      assertThat(omit.get("value").get(0).has("_links")).isFalse();
    }

    @Test
    void moreThanTwoHundredIdsAreRefused() {
      String ids =
          String.join(
              ",",
              java.util.stream.IntStream.rangeClosed(1, 201).mapToObj(String::valueOf).toList());

      assertThat(wit.alice.get("_apis/wit/workitems?ids=" + ids + "&api-version=7.1").status())
          .isEqualTo(400);
    }

    @Test
    void workItemsBatchReturnsTheAskedFieldsInTheAskedOrderOfIds() {
      int a = wit.createTask("A");
      int b = wit.createTask("B");

      JsonNode list =
          wit.alice
              .post(
                  "_apis/wit/workitemsbatch?api-version=7.1",
                  java.util.Map.of(
                      "ids", List.of(b, a), "fields", List.of("System.Id", "System.Title")))
              .json();

      assertThat(list.get("count").asInt()).isEqualTo(2);
      assertThat(list.get("value").get(0).get("fields").get("System.Title").asString())
          .isEqualTo("B");
      assertThat(list.get("value").get(0).get("fields").propertyNames())
          .containsExactly("System.Id", "System.Title");
    }

    @Test
    void anUnknownWorkItemIsTf401232() {
      Client.Answer answer = wit.alice.get("_apis/wit/workitems/42?api-version=7.1");

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.json().get("typeKey").asString())
          .isEqualTo("WorkItemUnauthorizedAccessException");
      assertThat(answer.json().get("eventId").asInt()).isEqualTo(3200);
    }
  }

  @Nested
  class JsonPatch {
    @Test
    void addReplaceAndRemoveChangeFieldsAndBumpTheRevision() {
      int id = wit.createTask("Patch me");

      JsonNode item =
          wit.update(
                  wit.alice,
                  id,
                  List.of(
                      op("add", "/fields/System.Description", "<p>text</p>"),
                      op("replace", "/fields/System.Title", "Patched"),
                      op("add", "/fields/Microsoft.VSTS.Scheduling.RemainingWork", 4)),
                  "")
              .json();
      JsonNode removed =
          wit.update(wit.alice, id, List.of(op("remove", "/fields/System.Description", null)), "")
              .json();

      assertThat(item.get("rev").asInt()).isEqualTo(2);
      assertThat(item.get("fields").get("System.Title").asString()).isEqualTo("Patched");
      assertThat(item.get("fields").get("Microsoft.VSTS.Scheduling.RemainingWork").asInt())
          .isEqualTo(4);
      assertThat(removed.get("rev").asInt()).isEqualTo(3);
      assertThat(removed.get("fields").has("System.Description")).isFalse();
    }

    @Test
    void aTestOnTheCurrentRevPassesAndAStaleOneIs412WithNothingChanged() {
      int id = wit.createTask("Concurrent");

      Client.Answer ok =
          wit.update(
              wit.alice,
              id,
              List.of(op("test", "/rev", 1), op("add", "/fields/System.Title", "First")),
              "");
      Client.Answer stale =
          wit.update(
              wit.bob,
              id,
              List.of(op("test", "/rev", 1), op("add", "/fields/System.Title", "Second")),
              "");

      assertThat(ok.status()).isEqualTo(200);
      assertThat(stale.status()).isEqualTo(412);
      assertThat(stale.json().get("typeKey").asString())
          .isEqualTo("TestPatchOperationFailedException");
      assertThat(stale.json().get("message").asString())
          .isEqualTo(
              "VS403351: Test Operation for path /rev failed, value 2 was not equal to test value 1.");
      assertThat(ado.workItems("fabrikam").fields(id)).containsEntry("System.Title", "First");
      assertThat(ado.workItems("fabrikam").rev(id)).isEqualTo(2);
    }

    @Test
    void relationsAreAddedReplacedInPlaceAndRemovedByIndex() {
      int id = wit.createTask("Links");
      wit.update(
          wit.alice,
          id,
          List.of(
              op(
                  "add",
                  "/relations/-",
                  java.util.Map.of(
                      "rel",
                      "Hyperlink",
                      "url",
                      "https://a.example/",
                      "attributes",
                      java.util.Map.of("comment", "first"))),
              op(
                  "add",
                  "/relations/-",
                  java.util.Map.of(
                      "rel",
                      "ArtifactLink",
                      "url",
                      "vstfs:///Git/Commit/p%2Fr%2Fabc",
                      "attributes",
                      java.util.Map.of("name", "Fixed in Commit")))),
          "");

      JsonNode attribute =
          wit.update(
                  wit.alice,
                  id,
                  List.of(op("replace", "/relations/0/attributes/comment", "changed")),
                  "")
              .json();
      JsonNode removed =
          wit.update(wit.alice, id, List.of(op("remove", "/relations/0", null)), "").json();

      assertThat(attribute.get("relations").get(0).get("attributes").get("comment").asString())
          .isEqualTo("changed");
      assertThat(removed.get("relations")).hasSize(1);
      assertThat(removed.get("relations").get(0).get("rel").asString()).isEqualTo("ArtifactLink");
    }

    @Test
    void aWorkItemLinkAddsTheReverseLinkToTheOtherItem() {
      int parent = wit.createTask("Parent");
      int child = wit.createTask("Child");

      wit.update(
          wit.alice,
          child,
          List.of(
              op(
                  "add",
                  "/relations/-",
                  java.util.Map.of(
                      "rel",
                      "System.LinkTypes.Hierarchy-Reverse",
                      "url",
                      wit.base + "_apis/wit/workItems/" + parent))),
          "");

      JsonNode p =
          wit.alice
              .get("_apis/wit/workitems/" + parent + "?$expand=relations&api-version=7.1")
              .json();
      JsonNode c =
          wit.alice
              .get("_apis/wit/workitems/" + child + "?$expand=relations&api-version=7.1")
              .json();
      assertThat(p.get("rev").asInt()).isEqualTo(2);
      assertThat(p.get("relations").get(0).get("rel").asString())
          .isEqualTo("System.LinkTypes.Hierarchy-Forward");
      assertThat(p.get("relations").get(0).get("attributes").get("name").asString())
          .isEqualTo("Child");
      assertThat(c.get("fields").get("System.Parent").asInt()).isEqualTo(parent);
    }

    @Test
    void aSecondParentIsRefused() {
      int a = wit.createTask("A");
      int b = wit.createTask("B");
      int child = wit.createTask("Child");
      wit.update(
          wit.alice,
          a,
          List.of(
              op(
                  "add",
                  "/relations/-",
                  java.util.Map.of(
                      "rel",
                      "System.LinkTypes.Hierarchy-Forward",
                      "url",
                      wit.base + "_apis/wit/workItems/" + child))),
          "");

      Client.Answer second =
          wit.update(
              wit.alice,
              b,
              List.of(
                  op(
                      "add",
                      "/relations/-",
                      java.util.Map.of(
                          "rel",
                          "System.LinkTypes.Hierarchy-Forward",
                          "url",
                          wit.base + "_apis/wit/workItems/" + child))),
              "");

      assertThat(second.status()).isEqualTo(400);
      assertThat(second.json().get("typeKey").asString())
          .isEqualTo("WorkItemLinkAddExtraParentException");
    }

    @Test
    void validateOnlyChecksWithoutSaving() {
      int id = wit.createTask("Stay");

      Client.Answer ok =
          wit.update(
              wit.alice,
              id,
              List.of(op("add", "/fields/System.Title", "Changed")),
              "&validateOnly=true");
      Client.Answer bad =
          wit.update(
              wit.alice,
              id,
              List.of(op("add", "/fields/System.State", "Nope")),
              "&validateOnly=true");

      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.json().get("rev").asInt()).isEqualTo(1);
      assertThat(bad.status()).isEqualTo(400);
      assertThat(ado.workItems("fabrikam").fields(id)).containsEntry("System.Title", "Stay");
    }

    @Test
    void bypassRulesKeepsAnUnknownIdentityAsText() {
      int id = wit.createTask("Bypass");

      JsonNode item =
          wit.update(
                  wit.alice,
                  id,
                  List.of(op("add", "/fields/System.AssignedTo", "Invalid Value")),
                  "&bypassRules=true")
              .json();

      assertThat(item.get("fields").get("System.AssignedTo").asString()).isEqualTo("Invalid Value");
    }

    @Test
    void aPatchWithoutTheJsonPatchContentTypeIs415() {
      int id = wit.createTask("Typed");

      Client.Answer answer =
          wit.alice.patch(
              "_apis/wit/workitems/" + id + "?api-version=7.1",
              List.of(op("add", "/fields/System.Title", "x")),
              "application/json");

      assertThat(answer.status()).isEqualTo(415);
    }

    @Test
    void unknownFieldsTypesAndPathsAreAdosErrors() {
      Client.Answer field =
          wit.create(
              "Task",
              List.of(
                  op("add", "/fields/System.Title", "x"), op("add", "/fields/Custom.Nope", "y")));
      Client.Answer type = wit.create("Spaceship", List.of(op("add", "/fields/System.Title", "x")));
      Client.Answer area =
          wit.create(
              "Task",
              List.of(
                  op("add", "/fields/System.Title", "x"),
                  op("add", "/fields/System.AreaPath", "Web\\Nowhere")));

      assertThat(field.json().get("message").asString())
          .isEqualTo("TF51535: Cannot find field Custom.Nope.");
      assertThat(type.status()).isEqualTo(404);
      assertThat(type.json().get("typeKey").asString()).isEqualTo("WorkItemTypeNotFoundException");
      assertThat(area.status()).isEqualTo(400);
      assertThat(area.json().get("message").asString())
          .isEqualTo(
              "TF401347: Invalid tree name given for work item -1, field 'System.AreaPath'.");
    }
  }

  @Nested
  class Locations {
    @Test
    void theSdksFindTheWorkItemAndHookLocations() {
      JsonNode wit = WorkItemsTest.this.wit.alice.send("OPTIONS", "_apis/wit", null, null).json();
      JsonNode hooks =
          WorkItemsTest.this.wit.alice.send("OPTIONS", "_apis/hooks", null, null).json();

      assertThat(wit.findValues("id").stream().map(JsonNode::asString).toList())
          .contains(
              "72c7ddf8-2cdc-4f60-90cd-ab71c14a399b",
              "62d3d110-0047-428c-ad3c-4fe872c91c74",
              "608aac0a-32e1-4493-a863-b9cf4566d257",
              "1a9c53f7-f243-4447-b110-35ef023636e4");
      assertThat(hooks.findValues("id").stream().map(JsonNode::asString).toList())
          .contains("fc50d02a-849f-41fb-8af1-0a5216103269");
    }
  }

  @Nested
  class RecycleBin {
    @Test
    void deleteMovesToTheRecycleBinAndRestoreBringsItBack() {
      int id = wit.createTask("Bin");

      Client.Answer deleted =
          wit.alice.send("DELETE", "_apis/wit/workitems/" + id + "?api-version=7.1", null, null);
      Client.Answer gone = wit.alice.get("_apis/wit/workitems/" + id + "?api-version=7.1");
      JsonNode bin = wit.alice.get("Web/_apis/wit/recyclebin/" + id + "?api-version=7.1").json();
      Client.Answer restored =
          wit.alice.send(
              "PATCH",
              "Web/_apis/wit/recyclebin/" + id + "?api-version=7.1",
              "application/json",
              "{\"isDeleted\": false}");

      assertThat(deleted.status()).isEqualTo(200);
      assertThat(deleted.json().get("code").asInt()).isEqualTo(200);
      assertThat(gone.status()).isEqualTo(404);
      assertThat(bin.get("deletedBy").asString()).isEqualTo("Alice Smith <alice@example.com>");
      assertThat(restored.status()).isEqualTo(200);
      assertThat(wit.alice.get("_apis/wit/workitems/" + id + "?api-version=7.1").status())
          .isEqualTo(200);
    }

    @Test
    void restoreReadsItsPropertyInAnyCaseAsAspNetDoes() {
      int id = wit.createTask("Bin");
      wit.alice.send("DELETE", "_apis/wit/workitems/" + id + "?api-version=7.1", null, null);

      Client.Answer restored =
          wit.alice.send(
              "PATCH",
              "Web/_apis/wit/recyclebin/" + id + "?api-version=7.1",
              "application/json",
              "{\"IsDeleted\": false}");

      assertThat(restored.status()).as(restored.body()).isEqualTo(200);
      assertThat(wit.alice.get("_apis/wit/workitems/" + id + "?api-version=7.1").status())
          .isEqualTo(200);
    }

    @Test
    void aPatchDocumentInPascalCaseIsReadLikeCamelCase() {
      Client.Answer created =
          wit.alice.send(
              "POST",
              "Web/_apis/wit/workitems/$Task?api-version=7.1",
              WitFixture.PATCH,
              "[{\"Op\": \"add\", \"Path\": \"/fields/System.Title\", \"Value\": \"Pascal\"}]");

      assertThat(created.status()).as(created.body()).isEqualTo(200);
      assertThat(created.json().get("fields").get("System.Title").asString()).isEqualTo("Pascal");
    }

    private void link(int from, int to) {
      Client.Answer linked =
          wit.update(
              wit.alice,
              from,
              List.of(
                  op(
                      "add",
                      "/relations/-",
                      java.util.Map.of(
                          "rel",
                          "System.LinkTypes.Related",
                          "url",
                          wit.base + "_apis/wit/workItems/" + to))),
              "");
      assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    }

    private Client.Answer retitle(int id, String title) {
      return wit.update(wit.alice, id, List.of(op("add", "/fields/System.Title", title)), "");
    }

    @Test
    void aWorkItemLinkedToADeletedOneStaysEditable() {
      int kept = wit.createTask("Kept");
      int binned = wit.createTask("Binned");
      link(kept, binned);

      wit.alice.send("DELETE", "_apis/wit/workitems/" + binned + "?api-version=7.1", null, null);
      Client.Answer edited = retitle(kept, "Still editable");

      assertThat(edited.status()).as(edited.body()).isEqualTo(200);
      assertThat(edited.json().at("/fields/System.Title").asString()).isEqualTo("Still editable");
    }

    @Test
    void destroyingAWorkItemTakesItsLinksAwayFromTheOthers() {
      int kept = wit.createTask("Kept");
      int destroyed = wit.createTask("Destroyed");
      link(kept, destroyed);

      Client.Answer gone =
          wit.alice.send(
              "DELETE",
              "_apis/wit/workitems/" + destroyed + "?destroy=true&api-version=7.1",
              null,
              null);
      JsonNode after =
          wit.alice
              .get("_apis/wit/workitems/" + kept + "?$expand=relations&api-version=7.1")
              .json();
      Client.Answer edited = retitle(kept, "Still editable");

      assertThat(gone.status()).isEqualTo(204);
      assertThat(after.path("relations").findValuesAsString("url"))
          .noneMatch(url -> url.endsWith("/" + destroyed));
      assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }

    @Test
    void destroyingAWorkItemFromTheRecycleBinTakesItsLinksAwayToo() {
      int kept = wit.createTask("Kept");
      int destroyed = wit.createTask("Destroyed");
      link(destroyed, kept);
      wit.alice.send("DELETE", "_apis/wit/workitems/" + destroyed + "?api-version=7.1", null, null);

      Client.Answer gone =
          wit.alice.send(
              "DELETE", "Web/_apis/wit/recyclebin/" + destroyed + "?api-version=7.1", null, null);
      JsonNode after =
          wit.alice
              .get("_apis/wit/workitems/" + kept + "?$expand=relations&api-version=7.1")
              .json();

      assertThat(gone.status()).isEqualTo(204);
      assertThat(after.path("relations").findValuesAsString("url"))
          .noneMatch(url -> url.endsWith("/" + destroyed));
      assertThat(retitle(kept, "Edited").status()).isEqualTo(200);
    }
  }
}
