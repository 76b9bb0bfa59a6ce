package dev.adolink.emulator.wit;

import static dev.adolink.emulator.wit.WitFixture.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.support.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HistoryAndCommentsTest {

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

  private String comments(int id) {
    return "Web/_apis/wit/workItems/" + id + "/comments";
  }

  @Nested
  class Updates {
    @Test
    void theUpdateLogListsEachChangeWithOldAndNewValues() {
      int id = wit.createTask("First");
      wit.update(
          wit.bob,
          id,
          List.of(
              op("replace", "/fields/System.Title", "Second"),
              op("add", "/fields/System.AssignedTo", "alice@example.com")),
          "");

      JsonNode updates =
          wit.alice.get("_apis/wit/workItems/" + id + "/updates?api-version=7.1").json();

      assertThat(updates.get("count").asInt()).isEqualTo(2);
      JsonNode second = updates.get("value").get(1);
      assertThat(second.get("id").asInt()).isEqualTo(2);
      assertThat(second.get("workItemId").asInt()).isEqualTo(id);
      assertThat(second.get("revisedBy").get("uniqueName").asString()).isEqualTo("bob@example.com");
      JsonNode title = second.get("fields").get("System.Title");
      assertThat(title.get("oldValue").asString()).isEqualTo("First");
      assertThat(title.get("newValue").asString()).isEqualTo("Second");
      assertThat(second.get("fields").get("System.AssignedTo").has("oldValue")).isFalse();
      assertThat(second.get("fields").get("System.Rev").get("oldValue").asInt()).isEqualTo(1);
      assertThat(second.get("fields").get("System.RevisedDate").get("newValue").asString())
          .isEqualTo("9999-01-01T00:00:00Z");
    }

    @Test
    void revisionsShowTheWorkItemAsItWasAndPageWithTopAndSkip() {
      int id = wit.createTask("v1");
      wit.update(wit.alice, id, List.of(op("replace", "/fields/System.Title", "v2")), "");
      wit.update(wit.alice, id, List.of(op("replace", "/fields/System.Title", "v3")), "");

      JsonNode page =
          wit.alice
              .get("_apis/wit/workItems/" + id + "/revisions?$top=1&$skip=1&api-version=7.1")
              .json();
      JsonNode one =
          wit.alice.get("_apis/wit/workItems/" + id + "/revisions/1?api-version=7.1").json();

      assertThat(page.get("count").asInt()).isEqualTo(1);
      assertThat(page.get("value").get(0).get("fields").get("System.Title").asString())
          .isEqualTo("v2");
      assertThat(one.get("fields").get("System.Title").asString()).isEqualTo("v1");
      assertThat(one.get("_links").has("parent")).isTrue();
    }
  }

  @Nested
  class Comments {
    @Test
    void aHistoryWriteCreatesACommentCountsItAndShowsInItsRevision() {
      int id = wit.createTask("x");
      wit.update(wit.alice, id, List.of(op("add", "/fields/System.History", "first comment")), "");

      JsonNode list = wit.alice.get(comments(id) + "?api-version=7.1-preview.4").json();
      JsonNode item = wit.alice.get("_apis/wit/workitems/" + id + "?api-version=7.1").json();

      assertThat(list.get("totalCount").asInt()).isEqualTo(1);
      assertThat(list.get("comments").get(0).get("text").asString()).isEqualTo("first comment");
      assertThat(item.get("fields").get("System.CommentCount").asInt()).isEqualTo(1);
      assertThat(item.get("fields").get("System.History").asString()).isEqualTo("first comment");
    }

    @Test
    void theCommentsApiNeedsThePreviewFlag() {
      int id = wit.createTask("x");

      Client.Answer answer = wit.alice.get(comments(id) + "?api-version=7.1");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("typeKey").asString())
          .isEqualTo("VssInvalidPreviewVersionException");
    }

    @Test
    void addingACommentMakesARevisionWithHistory() {
      int id = wit.createTask("x");

      JsonNode comment =
          wit.alice
              .post(comments(id) + "?api-version=7.1-preview.4", Map.of("text", "hello"))
              .json();
      JsonNode update =
          wit.alice.get("_apis/wit/workItems/" + id + "/updates/2?api-version=7.1").json();

      assertThat(comment.get("id").asInt()).isPositive();
      assertThat(comment.get("version").asInt()).isEqualTo(1);
      assertThat(comment.get("createdBy").get("uniqueName").asString())
          .isEqualTo("alice@example.com");
      assertThat(update.get("fields").get("System.History").get("newValue").asString())
          .isEqualTo("hello");
    }

    @Test
    void theListPagesNewestFirstWithAContinuationTokenInTheBody() {
      int id = wit.createTask("x");
      for (int i = 1; i <= 5; i++) {
        wit.alice.post(comments(id) + "?api-version=7.1-preview.4", Map.of("text", "c" + i));
      }

      List<String> texts = new ArrayList<>();
      String token = null;
      int pages = 0;
      do {
        JsonNode page =
            wit.alice
                .get(
                    comments(id)
                        + "?$top=2&api-version=7.1-preview.4"
                        + (token == null ? "" : "&continuationToken=" + token))
                .json();
        page.get("comments").forEach(c -> texts.add(c.get("text").asString()));
        assertThat(page.get("totalCount").asInt()).isEqualTo(5);
        token = page.has("continuationToken") ? page.get("continuationToken").asString() : null;
        pages++;
      } while (token != null);

      assertThat(pages).isEqualTo(3);
      assertThat(texts).containsExactly("c5", "c4", "c3", "c2", "c1");
    }

    @Test
    void editingBumpsTheVersionAndDeletingHidesTheComment() {
      int id = wit.createTask("x");
      int commentId =
          wit.alice
              .post(comments(id) + "?api-version=7.1-preview.4", Map.of("text", "draft"))
              .json()
              .get("id")
              .asInt();

      JsonNode edited =
          wit.bob
              .patch(
                  comments(id) + "/" + commentId + "?api-version=7.1-preview.4",
                  Map.of("text", "final"),
                  "application/json")
              .json();
      Client.Answer deleted =
          wit.alice.send(
              "DELETE", comments(id) + "/" + commentId + "?api-version=7.1-preview.4", null, null);

      assertThat(edited.get("version").asInt()).isEqualTo(2);
      assertThat(edited.get("modifiedBy").get("uniqueName").asString())
          .isEqualTo("bob@example.com");
      assertThat(deleted.status()).isEqualTo(204);
      assertThat(
              wit.alice.get(comments(id) + "/" + commentId + "?api-version=7.1-preview.4").status())
          .isEqualTo(404);
      assertThat(
              wit.alice
                  .get(comments(id) + "?includeDeleted=true&api-version=7.1-preview.4")
                  .json()
                  .get("comments")
                  .get(0)
                  .get("isDeleted")
                  .asBoolean())
          .isTrue();
    }
  }
}
