package dev.adolink.emulator.git;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.delete;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.edit;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.rename;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
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

class GitTest {

  static final String ALICE = "alice@example.com";
  static AdoEmulator ado;
  Client client;
  String repo;

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
    ado.reset();
    var org = ado.createOrganization("fabrikam", new Admin.UserSpec(ALICE, "Alice"));
    ado.createProject("fabrikam", "Web");
    client = Client.of(ado.organizationUrl("fabrikam")).pat(org.user(ALICE).pat());
    repo = "Web/_apis/git/repositories/Web";
  }

  private String commit(String message, PushSpec.ChangeSpec... changes) {
    Push push = ado.commit("fabrikam", "Web", "Web", ALICE, "main", message, changes);
    return push.commitIds().get(push.commitIds().size() - 1);
  }

  private JsonNode changes(String commitId) {
    return client.get(repo + "/commits/" + commitId + "/changes?api-version=7.1").json();
  }

  @Nested
  class Pushes {
    @Test
    void aPushThroughTheApiCreatesCommitsAndMovesTheBranch() {
      Map<String, Object> body =
          Map.of(
              "refUpdates",
              List.of(Map.of("name", "refs/heads/main", "oldObjectId", "0".repeat(40))),
              "commits",
              List.of(
                  Map.of(
                      "comment",
                      "Initial commit.",
                      "changes",
                      List.of(
                          Map.of(
                              "changeType", "add",
                              "item", Map.of("path", "/readme.md"),
                              "newContent",
                                  Map.of(
                                      "content", "My first file!", "contentType", "rawtext"))))));

      Client.Answer answer = client.post(repo + "/pushes?api-version=7.1", body);

      assertThat(answer.status()).isEqualTo(201);
      JsonNode push = answer.json();
      String commitId = push.at("/commits/0/commitId").asString();
      assertThat(commitId).matches("[0-9a-f]{40}");
      assertThat(push.at("/refUpdates/0/newObjectId").asString()).isEqualTo(commitId);
      assertThat(push.at("/pushedBy/uniqueName").asString()).isEqualTo(ALICE);
      JsonNode repository = client.get(repo + "?api-version=7.1").json();
      assertThat(repository.path("defaultBranch").asString()).isEqualTo("refs/heads/main");
    }

    @Test
    void aStaleOldObjectIdIsRejectedWith409() {
      commit("first", add("/a.txt", "a"));

      Client.Answer answer =
          client.post(
              repo + "/pushes?api-version=7.1",
              Map.of(
                  "refUpdates",
                      List.of(Map.of("name", "refs/heads/main", "oldObjectId", "0".repeat(40))),
                  "commits", List.of(Map.of("comment", "again", "changes", List.of()))));

      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.json().path("message").asString()).startsWith("TF401028:");
    }

    @Test
    void editingAMissingFileIsItemNotFound() {
      commit("first", add("/a.txt", "a"));

      Client.Answer answer =
          client.post(
              repo + "/pushes?api-version=7.1",
              Map.of(
                  "refUpdates",
                  List.of(Map.of("name", "refs/heads/main", "oldObjectId", tip())),
                  "commits",
                  List.of(
                      Map.of(
                          "comment",
                          "edit",
                          "changes",
                          List.of(
                              Map.of(
                                  "changeType", "edit",
                                  "item", Map.of("path", "/missing.txt"),
                                  "newContent",
                                      Map.of("content", "x", "contentType", "rawtext")))))));

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.json().path("typeKey").asString()).isEqualTo("GitItemNotFoundException");
    }

    @Test
    void publishesAGitPushEventWithThePayloadResource() {
      List<GitPushEvent> events = new ArrayList<>();
      try (var subscription = ado.events().subscribe(GitPushEvent.class, events::add)) {
        commit("first", add("/a.txt", "a"));
      }

      assertThat(events).hasSize(1);
      GitPushEvent event = events.get(0);
      assertThat(event.eventType()).isEqualTo("git.push");
      assertThat(event.refNames()).containsExactly("refs/heads/main");
      JsonNode resource = event.resource();
      assertThat(resource.path("commits")).hasSize(1);
      assertThat(resource.at("/repository/project/name").asString()).isEqualTo("Web");
      assertThat(resource.at("/refUpdates/0/name").asString()).isEqualTo("refs/heads/main");
      assertThat(resource.path("pushId").asInt()).isEqualTo(1);
      assertThat(resource.at("/_links/commits/href").asString()).endsWith("/pushes/1/commits");
      assertThat(event.message().path("text").asString())
          .startsWith("Alice pushed updates to branch main of Web");
    }

    private String tip() {
      return ado.repository("fabrikam", "Web", "Web").refs().get("refs/heads/main");
    }
  }

  @Nested
  class Changes {
    @Test
    void listAddEditDeleteAndRenameWithFolders() {
      commit("one", add("/src/a.txt", "a"), add("/src/b.txt", "b"));
      String second =
          commit(
              "two",
              edit("/src/a.txt", "a2"),
              delete("/src/b.txt"),
              rename("/src/a.txt", "/docs/a.txt"));

      JsonNode changes = changes(second);

      List<String> summary = new ArrayList<>();
      changes
          .path("changes")
          .forEach(
              c ->
                  summary.add(
                      c.path("changeType").asString() + " " + c.at("/item/path").asString()));
      assertThat(summary)
          .containsExactly(
              "add /docs", "edit, rename /docs/a.txt", "delete /src", "delete /src/b.txt");
      JsonNode renamed = changes.path("changes").get(1);
      assertThat(renamed.path("sourceServerItem").asString()).isEqualTo("/src/a.txt");
      assertThat(changes.at("/changeCounts/Rename").asInt()).isEqualTo(1);
    }

    @Test
    void arePagedWithTopAndSkipWithoutDollar() {
      String id = commit("many", add("/1.txt", "1"), add("/2.txt", "2"), add("/3.txt", "3"));

      JsonNode page =
          client.get(repo + "/commits/" + id + "/changes?top=2&skip=1&api-version=7.1").json();

      assertThat(page.path("changes")).hasSize(2);
      assertThat(page.at("/changes/0/item/path").asString()).isEqualTo("/2.txt");
      assertThat(page.at("/changeCounts/Add").asInt()).isEqualTo(3);
    }
  }

  @Nested
  class Commits {
    @Test
    void aSingleCommitHasTheFullCommentAndChangeCountChanges() {
      String id = commit("Subject line\n\nBody text", add("/a.txt", "a"), add("/b.txt", "b"));

      JsonNode commit =
          client.get(repo + "/commits/" + id + "?changeCount=1&api-version=7.1").json();

      assertThat(commit.path("comment").asString()).isEqualTo("Subject line\n\nBody text\n");
      assertThat(commit.path("changes")).hasSize(1);
      assertThat(commit.path("changeCounts").path("Add").asInt()).isEqualTo(2);
      assertThat(commit.path("parents")).isEmpty();
      assertThat(commit.path("push").path("pushId").asInt()).isEqualTo(1);
    }

    @Test
    void listsTruncateMultiLineComments() {
      commit("Subject line\n\nBody text", add("/a.txt", "a"));

      JsonNode listed = client.get(repo + "/commits?api-version=7.1").json().path("value").get(0);

      assertThat(listed.path("comment").asString()).isEqualTo("Subject line");
      assertThat(listed.path("commentTruncated").asBoolean()).isTrue();
    }

    @Test
    void pageWithTopAndSkipNewestFirst() {
      ado.generateHistory("fabrikam", "Web", "Web", 30, 2);
      List<String> all = ids(client.get(repo + "/commits?$top=100&api-version=7.1").json());

      List<String> page =
          ids(
              client
                  .get(
                      repo
                          + "/commits?searchCriteria.$top=10&searchCriteria.$skip=10&api-version=7.1")
                  .json());

      assertThat(all).hasSize(30);
      assertThat(page).isEqualTo(all.subList(10, 20));
    }

    @Test
    void aRangeIsWhatCompareVersionHasAndItemVersionHasNot() {
      String first = commit("1", add("/a.txt", "1"));
      String second = commit("2", edit("/a.txt", "2"));
      String third = commit("3", edit("/a.txt", "3"));

      JsonNode range =
          client
              .get(
                  repo
                      + "/commits?searchCriteria.itemVersion.version="
                      + first
                      + "&searchCriteria.itemVersion.versionType=commit"
                      + "&searchCriteria.compareVersion.version="
                      + third
                      + "&searchCriteria.compareVersion.versionType=commit&api-version=7.1")
              .json();

      assertThat(ids(range)).containsExactly(third, second);
    }

    @Test
    void filterByAuthorAndItemPath() {
      commit("a", add("/docs/a.txt", "a"));
      String second = commit("b", add("/src/b.txt", "b"));

      assertThat(
              ids(
                  client
                      .get(repo + "/commits?searchCriteria.itemPath=/src&api-version=7.1")
                      .json()))
          .containsExactly(second);
      assertThat(
              ids(
                  client
                      .get(repo + "/commits?searchCriteria.author=nobody&api-version=7.1")
                      .json()))
          .isEmpty();
      assertThat(
              ids(client.get(repo + "/commits?searchCriteria.author=Alice&api-version=7.1").json()))
          .hasSize(2);
    }

    @Test
    void anUnknownBranchIsTf401175() {
      commit("a", add("/a.txt", "a"));

      Client.Answer answer =
          client.get(repo + "/commits?searchCriteria.itemVersion.version=develop&api-version=7.1");

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.json().path("message").asString()).startsWith("TF401175:");
    }
  }

  @Nested
  class CommitsBatch {
    @Test
    void pagesARangeWithTopAndSkip() {
      ado.generateHistory("fabrikam", "Web", "Web", 250, 1);
      List<String> all = ids(client.get(repo + "/commits?$top=1000&api-version=7.1").json());
      String start = all.get(200);
      String end = all.get(0);
      Map<String, Object> criteria =
          Map.of(
              "itemVersion", Map.of("versionType", "commit", "version", start),
              "compareVersion", Map.of("versionType", "commit", "version", end));

      List<String> fetched = new ArrayList<>();
      for (int skip = 0; ; skip += 100) {
        List<String> page =
            ids(
                client
                    .post(
                        repo + "/commitsbatch?$top=100&$skip=" + skip + "&api-version=7.1",
                        criteria)
                    .json());
        fetched.addAll(page);
        if (page.size() < 100) {
          break;
        }
      }

      assertThat(fetched).isEqualTo(all.subList(0, 200));
    }

    @Test
    void acceptsIds() {
      String a = commit("a", add("/a.txt", "a"));
      String b = commit("b", add("/b.txt", "b"));

      JsonNode found =
          client.post(repo + "/commitsBatch?api-version=7.1", Map.of("ids", List.of(a, b))).json();

      assertThat(ids(found)).containsExactly(a, b);
    }
  }

  @Nested
  class Diffs {
    @Test
    void countAheadBehindAndListTheChanges() {
      String base = commit("1", add("/a.txt", "1"));
      commit("2", edit("/a.txt", "2"));
      String target = commit("3", add("/b.txt", "3"));

      JsonNode diff =
          client
              .get(
                  repo
                      + "/diffs/commits?baseVersion="
                      + base
                      + "&baseVersionType=commit&targetVersion="
                      + target
                      + "&targetVersionType=commit&api-version=7.1")
              .json();

      assertThat(diff.path("aheadCount").asInt()).isEqualTo(2);
      assertThat(diff.path("behindCount").asInt()).isZero();
      assertThat(diff.path("commonCommit").asString()).isEqualTo(base);
      assertThat(diff.path("changeCounts").path("Add").asInt()).isEqualTo(1);
      assertThat(diff.path("changeCounts").path("Edit").asInt()).isEqualTo(1);
      assertThat(diff.path("allChangesIncluded").asBoolean()).isTrue();
    }
  }

  @Nested
  class Items {
    @Test
    void existAtTheVersionTheyWereAddedAndNotBefore() {
      String first = commit("1", add("/a.txt", "1"));
      commit("2", add("/src/b.txt", "content of b"));

      assertThat(client.get(repo + "/items?path=/src/b.txt&api-version=7.1").status())
          .isEqualTo(200);
      Client.Answer before =
          client.get(
              repo
                  + "/items?path=/src/b.txt&versionDescriptor.version="
                  + first
                  + "&versionDescriptor.versionType=commit&api-version=7.1");
      assertThat(before.status()).isEqualTo(404);
      assertThat(before.json().path("message").asString()).startsWith("TF401174:");
    }

    @Test
    void answerRawContentWhenAsked() {
      commit("1", add("/src/b.txt", "content of b"));

      Client.Answer raw =
          client
              .header("Accept", "application/octet-stream")
              .get(repo + "/items?path=/src/b.txt&api-version=7.1");
      JsonNode withContent =
          client.get(repo + "/items?path=/src/b.txt&includeContent=true&api-version=7.1").json();

      assertThat(raw.body()).isEqualTo("content of b");
      assertThat(withContent.path("content").asString()).isEqualTo("content of b");
    }

    @Test
    void listAFolderOneLevelDeep() {
      commit("1", add("/src/a.txt", "a"), add("/src/deep/b.txt", "b"));

      JsonNode items =
          client.get(repo + "/items?scopePath=/src&recursionLevel=OneLevel&api-version=7.1").json();

      List<String> paths = new ArrayList<>();
      items.path("value").forEach(i -> paths.add(i.path("path").asString()));
      assertThat(paths).containsExactly("/src", "/src/a.txt", "/src/deep");
    }
  }

  @Nested
  class Repositories {
    @Test
    void aNewProjectHasADefaultRepositoryAndMoreCanBeCreated() {
      String projectId = ado.organization("fabrikam").project("Web").orElseThrow().id().toString();

      Client.Answer created =
          client.post(
              "_apis/git/repositories?api-version=7.1",
              Map.of("name", "api", "project", Map.of("id", projectId)));
      JsonNode list = client.get("_apis/git/repositories?api-version=7.1").json();

      assertThat(created.status()).isEqualTo(201);
      assertThat(list.path("count").asInt()).isEqualTo(2);
      assertThat(client.get("Web/_apis/git/repositories/api?api-version=7.1").status())
          .isEqualTo(200);
    }

    @Test
    void aNameWithoutTheProjectIsTf401019() {
      Client.Answer answer = client.get("_apis/git/repositories/Web?api-version=7.1");

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.json().path("message").asString()).startsWith("TF401019:");
    }
  }

  static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.path("value").forEach(c -> ids.add(c.path("commitId").asString()));
    return ids;
  }
}
