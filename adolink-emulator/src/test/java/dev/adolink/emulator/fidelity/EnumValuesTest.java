package dev.adolink.emulator.fidelity;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.git.PushSpec;
import dev.adolink.emulator.support.Client;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Microsoft's generated clients send typed enums as numbers ({@code versionType: 2}, {@code
 * $expand=4}); Azure DevOps takes a number or a name wherever an enum is expected. Per endpoint,
 * the number gets the same answer as the name, and that answer shows the enum took effect.
 */
class EnumValuesTest {

  static final String PATCH = "application/json-patch+json";
  static final String REPO = "Web/_apis/git/repositories/Web";
  static AdoEmulator ado;
  static Client client;
  static String first;
  static String second;
  static int parent;
  static int child;

  @BeforeAll
  static void start() {
    ado = AdoEmulator.start();
    var org =
        ado.createOrganization("fabrikam", new Admin.UserSpec("alice@example.com", "Alice Smith"));
    ado.createProject("fabrikam", "Web");
    client = Client.of(ado.organizationUrl("fabrikam")).pat(org.user("alice@example.com").pat());
    first = commit("First", add("/readme.md", "hello"), add("/src/app/main.js", "code"));
    second = commit("Second", add("/notes.txt", "notes"));
    parent = createTask("Parent");
    child = createTask("Child");
    Client.Answer linked =
        client.patch(
            "_apis/wit/workitems/" + child + "?api-version=7.1",
            List.of(
                Map.of(
                    "op",
                    "add",
                    "path",
                    "/relations/-",
                    "value",
                    Map.of(
                        "rel",
                        "System.LinkTypes.Hierarchy-Reverse",
                        "url",
                        ado.organizationUrl("fabrikam") + "_apis/wit/workItems/" + parent))),
            PATCH);
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    client.post(
        "Web/_apis/wit/workItems/" + child + "/comments?api-version=7.1-preview.4",
        Map.of("text", "first"));
    client.post(
        "Web/_apis/wit/workItems/" + child + "/comments?api-version=7.1-preview.4",
        Map.of("text", "second"));
  }

  @AfterAll
  static void stop() {
    ado.close();
  }

  static String commit(String message, PushSpec.ChangeSpec... changes) {
    return ado.commit("fabrikam", "Web", "Web", "alice@example.com", "main", message, changes)
        .commitIds()
        .get(0);
  }

  static int createTask(String title) {
    return client
        .send(
            "POST",
            "Web/_apis/wit/workitems/$Task?api-version=7.1",
            PATCH,
            "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"" + title + "\"}]")
        .json()
        .get("id")
        .asInt();
  }

  /** One endpoint asked with an enum's name and with its number. */
  record Case(
      String endpoint,
      String method,
      String byName,
      Object bodyByName,
      String byNumber,
      Object bodyByNumber,
      Consumer<JsonNode> effect) {

    static Case get(String endpoint, String byName, String byNumber, Consumer<JsonNode> effect) {
      return new Case(endpoint, "GET", byName, null, byNumber, null, effect);
    }

    static Case post(
        String endpoint, String path, Object byName, Object byNumber, Consumer<JsonNode> effect) {
      return new Case(endpoint, "POST", path, byName, path, byNumber, effect);
    }

    Client.Answer send(String path, Object body) {
      return body == null ? client.get(path) : client.post(path, body);
    }

    @Override
    public String toString() {
      return endpoint + ": " + byNumber + (bodyByNumber == null ? "" : " " + bodyByNumber);
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        Case.get(
            "git items versionType (GitVersionType)",
            REPO
                + "/items?path=/readme.md&versionType=commit&version="
                + first
                + "&api-version=7.1",
            REPO + "/items?path=/readme.md&versionType=2&version=" + first + "&api-version=7.1",
            json -> assertThat(json.get("commitId").asString()).isEqualTo(first)),
        Case.get(
            "git items versionDescriptor.versionType and versionOptions (GitVersionOptions)",
            REPO
                + "/items?path=/readme.md&versionDescriptor.versionType=Commit"
                + "&versionDescriptor.version="
                + second
                + "&versionDescriptor.versionOptions=firstParent&api-version=7.1",
            REPO
                + "/items?path=/readme.md&versionDescriptor.versionType=2"
                + "&versionDescriptor.version="
                + second
                + "&versionDescriptor.versionOptions=2&api-version=7.1",
            json -> assertThat(json.get("commitId").asString()).isEqualTo(first)),
        Case.get(
            "git items recursionLevel full (VersionControlRecursionType)",
            REPO + "/items?scopePath=/&recursionLevel=Full&api-version=7.1",
            REPO + "/items?scopePath=/&recursionLevel=120&api-version=7.1",
            json ->
                assertThat(json.get("value").findValuesAsString("path"))
                    .contains("/src/app/main.js")),
        Case.get(
            "git items recursionLevel oneLevel",
            REPO + "/items?scopePath=/&recursionLevel=OneLevel&api-version=7.1",
            REPO + "/items?scopePath=/&recursionLevel=1&api-version=7.1",
            json ->
                assertThat(json.get("value").findValuesAsString("path"))
                    .contains("/src")
                    .doesNotContain("/src/app/main.js")),
        Case.get(
            "git diffs baseVersionType",
            REPO
                + "/diffs/commits?baseVersion="
                + first
                + "&baseVersionType=commit&targetVersion="
                + second
                + "&targetVersionType=commit&api-version=7.1",
            REPO
                + "/diffs/commits?baseVersion="
                + first
                + "&baseVersionType=2&targetVersion="
                + second
                + "&targetVersionType=2&api-version=7.1",
            json ->
                assertThat(json.get("changes").findValuesAsString("path")).contains("/notes.txt")),
        Case.post(
            "git commitsbatch itemVersion.versionType",
            REPO + "/commitsbatch?api-version=7.1",
            Map.of("itemVersion", Map.of("version", first, "versionType", "commit")),
            Map.of("itemVersion", Map.of("version", first, "versionType", 2)),
            json ->
                assertThat(json.get("value").findValuesAsString("commitId"))
                    .containsExactly(first)),
        Case.get(
            "wit work item $expand relations (WorkItemExpand)",
            "_apis/wit/workitems/" + child + "?$expand=relations&api-version=7.1",
            "_apis/wit/workitems/" + child + "?$expand=1&api-version=7.1",
            json -> assertThat(json.get("relations")).hasSize(1)),
        Case.get(
            "wit work item $expand all",
            "_apis/wit/workitems/" + child + "?$expand=All&api-version=7.1",
            "_apis/wit/workitems/" + child + "?$expand=4&api-version=7.1",
            json -> assertThat(json.get("relations")).hasSize(1)),
        Case.get(
            "wit work items errorPolicy omit (WorkItemErrorPolicy)",
            "_apis/wit/workitems?ids=" + child + ",99999&errorPolicy=omit&api-version=7.1",
            "_apis/wit/workitems?ids=" + child + ",99999&errorPolicy=2&api-version=7.1",
            json -> assertThat(json.get("value").get(1).isNull()).isTrue()),
        Case.post(
            "wit workitemsbatch $expand and errorPolicy",
            "_apis/wit/workitemsbatch?api-version=7.1",
            Map.of("ids", List.of(child, 99999), "$expand", "relations", "errorPolicy", "omit"),
            Map.of("ids", List.of(child, 99999), "$expand", 1, "errorPolicy", 2),
            json -> {
              assertThat(json.get("value").get(0).get("relations")).hasSize(1);
              assertThat(json.get("value").get(1).isNull()).isTrue();
            }),
        Case.get(
            "wit revisions $expand",
            "_apis/wit/workItems/" + child + "/revisions?$expand=relations&api-version=7.1",
            "_apis/wit/workItems/" + child + "/revisions?$expand=1&api-version=7.1",
            json -> assertThat(json.get("value").get(1).get("relations")).hasSize(1)),
        Case.get(
            "wit type fields $expand (WorkItemTypeFieldsExpandLevel)",
            "Web/_apis/wit/workitemtypes/Bug/fields?$expand=allowedValues&api-version=7.1",
            "Web/_apis/wit/workitemtypes/Bug/fields?$expand=1&api-version=7.1",
            json ->
                assertThat(json.get("value").findValues("allowedValues"))
                    .anySatisfy(values -> assertThat(values).isNotEmpty())),
        Case.get(
            "wit classification nodes structureGroup (TreeStructureGroup)",
            "Web/_apis/wit/classificationnodes/Iterations?api-version=7.1",
            "Web/_apis/wit/classificationnodes/1?api-version=7.1",
            json -> assertThat(json.get("structureType").asString()).isEqualTo("iteration")),
        Case.get(
            "wit classification nodes errorPolicy (ClassificationNodesErrorPolicy)",
            "Web/_apis/wit/classificationnodes?ids=1,999&errorPolicy=omit&api-version=7.1",
            "Web/_apis/wit/classificationnodes?ids=1,999&errorPolicy=2&api-version=7.1",
            json -> assertThat(json.get("value").get(1).isNull()).isTrue()),
        Case.get(
            "wit comments order (CommentSortOrder)",
            "Web/_apis/wit/workItems/" + child + "/comments?order=asc&api-version=7.1-preview.4",
            "Web/_apis/wit/workItems/" + child + "/comments?order=1&api-version=7.1-preview.4",
            json ->
                assertThat(json.get("comments").findValuesAsString("text"))
                    .containsExactly("first", "second")),
        Case.get(
            "wit comments $expand (CommentExpandOptions, flags)",
            "Web/_apis/wit/workItems/"
                + child
                + "/comments?$expand=reactions,renderedText&api-version=7.1-preview.4",
            "Web/_apis/wit/workItems/" + child + "/comments?$expand=9&api-version=7.1-preview.4",
            json -> assertThat(json.get("comments").findValues("renderedText")).hasSize(2)),
        Case.get(
            "core projects stateFilter (ProjectState)",
            "_apis/projects?stateFilter=all&api-version=7.1",
            "_apis/projects?stateFilter=-1&api-version=7.1",
            json -> assertThat(json.get("value").findValuesAsString("name")).contains("Web")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anEnumNumberGetsTheAnswerOfItsName(Case c) {
    Client.Answer named = c.send(c.byName(), c.bodyByName());
    Client.Answer numbered = c.send(c.byNumber(), c.bodyByNumber());

    assertThat(named.status()).as(named.body()).isEqualTo(200);
    assertThat(numbered.status()).as(numbered.body()).isEqualTo(200);
    assertThat(numbered.json()).isEqualTo(named.json());
    c.effect().accept(numbered.json());
  }

  /** {@code changeType} of a push (flags), with {@code newContent.contentType}. */
  static Stream<Object[]> pushChanges() {
    return Stream.of(
        new Object[] {1, "/added.txt", null, 0, "add"},
        new Object[] {2, "/readme.md", null, 0, "edit"},
        new Object[] {16, "/notes.txt", null, -1, "delete"},
        new Object[] {8, "/moved.md", "/readme.md", -1, "rename"},
        new Object[] {10, "/moved-again.md", "/moved.md", 1, "edit, rename"},
        new Object[] {"Edit, Rename", "/moved-third.md", "/moved-again.md", 0, "edit, rename"});
  }

  @ParameterizedTest(name = "changeType {0} is {4}")
  @MethodSource("pushChanges")
  void aPushTakesChangeTypesAndContentTypesAsNumbers(
      Object changeType, String path, String source, int contentType, String expected) {
    String tip =
        client
            .get(REPO + "/refs?filter=heads/main&api-version=7.1")
            .json()
            .at("/value/0/objectId")
            .asString();
    Map<String, Object> change = new java.util.LinkedHashMap<>();
    change.put("changeType", changeType);
    change.put("item", Map.of("path", path));
    if (source != null) {
      change.put("sourceServerItem", source);
    }
    if (contentType == 0) {
      change.put("newContent", Map.of("content", "text of " + path, "contentType", 0));
    } else if (contentType == 1) {
      change.put(
          "newContent",
          Map.of(
              "content",
              java.util.Base64.getEncoder()
                  .encodeToString(("text of " + path).getBytes(StandardCharsets.UTF_8)),
              "contentType",
              1));
    }
    Client.Answer pushed =
        client.post(
            REPO + "/pushes?api-version=7.1",
            Map.of(
                "refUpdates",
                List.of(Map.of("name", "refs/heads/main", "oldObjectId", tip)),
                "commits",
                List.of(Map.of("comment", "change " + changeType, "changes", List.of(change)))));

    assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
    String commit = pushed.json().get("commits").get(0).get("commitId").asString();
    JsonNode changes =
        client.get(REPO + "/commits/" + commit + "/changes?api-version=7.1").json().get("changes");
    assertThat(changes)
        .anySatisfy(
            c -> {
              assertThat(c.get("item").get("path").asString()).isEqualTo(path);
              assertThat(c.get("changeType").asString()).isEqualTo(expected);
            });
    if (contentType >= 0) {
      assertThat(
              client
                  .get(REPO + "/items?path=" + path + "&includeContent=true&api-version=7.1")
                  .json()
                  .get("content")
                  .asString())
          .isEqualTo("text of " + path);
    }
  }

  @Test
  void aWorkItemPatchTakesItsOperationsAsNumbers() {
    int id = createTask("Numbered ops");

    Client.Answer answer =
        client.send(
            "PATCH",
            "_apis/wit/workitems/" + id + "?api-version=7.1",
            PATCH,
            "[{\"op\":5,\"path\":\"/rev\",\"value\":1},"
                + "{\"op\":2,\"path\":\"/fields/System.Title\",\"value\":\"Replaced\"},"
                + "{\"op\":0,\"path\":\"/fields/System.Tags\",\"value\":\"numbered\"}]");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().at("/fields/System.Title").asString()).isEqualTo("Replaced");
    assertThat(answer.json().at("/fields/System.Tags").asString()).isEqualTo("numbered");
  }

  @Test
  void anEnumValueThatIsNeitherANameNorANumberIsA400NamingTheParameter() {
    Client.Answer answer = client.get(REPO + "/items?scopePath=/&recursionLevel=7&api-version=7.1");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asString())
        .contains("'7'", "'recursionLevel'", "VersionControlRecursionType");
    assertThat(
            client
                .get("_apis/wit/workitems/" + child + "?$expand=everything&api-version=7.1")
                .status())
        .isEqualTo(400);
  }
}
