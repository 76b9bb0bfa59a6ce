package dev.adolink.emulator.fidelity;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.git.RefUpdate;
import dev.adolink.emulator.support.Client;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Endpoints Azure DevOps clients commonly call besides adolink's: refs without a push, branch
 * statistics, blobs, teams, relation types, tag edits, categories by name, graph subjects, the
 * identities location and the organizations data provider.
 */
class EndpointsClientsCallTest {

  static final String ALICE = "alice@example.com";
  static final String REPO = "Web/_apis/git/repositories/Web";
  static AdoEmulator ado;
  Client client;
  String pat;
  String first;
  String second;

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
    var org = ado.createOrganization("fabrikam", new Admin.UserSpec(ALICE, "Alice Smith"));
    ado.createOrganization("contoso", new Admin.UserSpec(ALICE, "Alice Smith"));
    ado.createProject("fabrikam", "Web");
    pat = org.user(ALICE).pat();
    client = Client.of(ado.organizationUrl("fabrikam")).pat(pat);
    first = commit("main", "First", "/a.txt", "alpha");
    second = commit("main", "Second", "/b.txt", "beta");
  }

  private String commit(String branch, String message, String path, String content) {
    var push = ado.commit("fabrikam", "Web", "Web", ALICE, branch, message, add(path, content));
    return push.commitIds().get(0);
  }

  private JsonNode updateRefs(String query, Object... updates) {
    Client.Answer answer = client.post(REPO + "/refs?api-version=7.1" + query, List.of(updates));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().get("value");
  }

  private static Map<String, String> ref(String name, String old, String next) {
    return Map.of("name", name, "oldObjectId", old, "newObjectId", next);
  }

  private Map<String, String> refs() {
    Map<String, String> refs = new java.util.TreeMap<>();
    client
        .get(REPO + "/refs?api-version=7.1")
        .json()
        .get("value")
        .forEach(r -> refs.put(r.get("name").asString(), r.get("objectId").asString()));
    return refs;
  }

  @Test
  void postRefsCreatesMovesAndDeletesBranchesAndTags() {
    JsonNode created =
        updateRefs(
            "",
            ref("refs/heads/feature", RefUpdate.ZERO, first),
            ref("refs/tags/v1", RefUpdate.ZERO, first));
    assertThat(created.findValuesAsString("updateStatus")).containsOnly("succeeded");
    assertThat(refs())
        .containsEntry("refs/heads/feature", first)
        .containsEntry("refs/tags/v1", first);

    updateRefs("", ref("refs/heads/feature", first, second));
    assertThat(refs()).containsEntry("refs/heads/feature", second);

    updateRefs("", ref("refs/heads/feature", second, RefUpdate.ZERO));
    assertThat(refs()).doesNotContainKey("refs/heads/feature");
  }

  @Test
  void aStaleOrUnresolvableRefUpdateFailsAloneOrEverythingWithAllOrNone() {
    JsonNode bestEffort =
        updateRefs(
            "",
            ref("refs/heads/ok", RefUpdate.ZERO, first),
            ref("refs/heads/main", first, second),
            ref("refs/heads/nowhere", RefUpdate.ZERO, "1".repeat(40)));
    JsonNode allOrNone =
        updateRefs(
            "&mode=1", ref("refs/heads/other", RefUpdate.ZERO, first), ref("main", first, second));

    assertThat(bestEffort.findValuesAsString("updateStatus"))
        .containsExactly("succeeded", "staleOldObjectId", "unresolvableToCommit");
    assertThat(bestEffort.findValues("success"))
        .extracting(JsonNode::asBoolean)
        .containsExactly(true, false, false);
    assertThat(allOrNone.findValuesAsString("updateStatus"))
        .containsExactly("succeeded", "staleOldObjectId");
    assertThat(refs()).containsKey("refs/heads/ok").doesNotContainKey("refs/heads/other");
  }

  @Test
  void branchStatsCountCommitsAheadAndBehindTheBase() {
    updateRefs("", ref("refs/heads/old", RefUpdate.ZERO, first));
    commit("topic", "Topic", "/c.txt", "gamma");

    JsonNode all = client.get(REPO + "/stats/branches?api-version=7.1").json().get("value");
    JsonNode old = client.get(REPO + "/stats/branches?name=old&api-version=7.1").json();
    JsonNode againstOld =
        client
            .get(
                REPO
                    + "/stats/branches?name=main&baseVersionDescriptor.version=old"
                    + "&baseVersionDescriptor.versionType=0&api-version=7.1")
            .json();

    assertThat(all.findValuesAsString("name")).contains("main", "old", "topic");
    assertThat(old.get("aheadCount").asInt()).isZero();
    assertThat(old.get("behindCount").asInt()).isEqualTo(1);
    assertThat(old.get("isBaseVersion").asBoolean()).isFalse();
    assertThat(old.at("/commit/commitId").asString()).isEqualTo(first);
    assertThat(againstOld.get("aheadCount").asInt()).isEqualTo(1);
    assertThat(client.get(REPO + "/stats/branches?name=missing&api-version=7.1").status())
        .isEqualTo(404);
  }

  @Test
  void aBlobIsReadByItsObjectIdAsMetadataOrBytes() {
    String blobId =
        client.get(REPO + "/items?path=/a.txt&api-version=7.1").json().get("objectId").asString();

    JsonNode meta = client.get(REPO + "/blobs/" + blobId + "?api-version=7.1").json();
    Client.Answer bytes =
        client.get(REPO + "/blobs/" + blobId + "?$format=octetStream&api-version=7.1");

    assertThat(meta.get("objectId").asString()).isEqualTo(blobId);
    assertThat(meta.get("size").asInt()).isEqualTo(5);
    assertThat(bytes.body()).isEqualTo("alpha");
    assertThat(bytes.header("Content-Type")).startsWith("application/octet-stream");
    assertThat(client.get(REPO + "/blobs/" + "2".repeat(40) + "?api-version=7.1").status())
        .isEqualTo(404);
  }

  @Test
  void everyProjectHasItsDefaultTeamListedAndReadByIdOrName() {
    JsonNode teams = client.get("_apis/projects/Web/teams?api-version=7.1").json().get("value");
    String id = teams.get(0).get("id").asString();

    assertThat(teams.findValuesAsString("name")).containsExactly("Web Team");
    assertThat(client.get("_apis/projects/Web/teams/" + id + "?api-version=7.1").status())
        .isEqualTo(200);
    assertThat(client.get("_apis/projects/Web/teams/Web%20Team?api-version=7.1").json().get("id"))
        .hasToString("\"" + id + "\"");
    assertThat(client.get("_apis/teams?api-version=7.1-preview.3").json().get("value"))
        .extracting(t -> t.get("projectName").asString())
        .containsExactly("Web");
    assertThat(client.get("_apis/projects/Web/teams/Nobody?api-version=7.1").status())
        .isEqualTo(404);
  }

  @Test
  void relationTypesAreListedAndReadByReferenceName() {
    JsonNode all = client.get("_apis/wit/workItemRelationTypes?api-version=7.1").json();
    JsonNode parent =
        client
            .get(
                "_apis/wit/workItemRelationTypes/System.LinkTypes.Hierarchy-Reverse?api-version=7.1")
            .json();

    assertThat(all.get("value").findValuesAsString("referenceName"))
        .contains("System.LinkTypes.Related", "Hyperlink", "ArtifactLink");
    assertThat(parent.get("name").asString()).isEqualTo("Parent");
    assertThat(parent.at("/attributes/singleTarget").asBoolean()).isTrue();
    assertThat(parent.at("/attributes/oppositeEndReferenceName").asString())
        .isEqualTo("System.LinkTypes.Hierarchy-Forward");
    assertThat(client.get("_apis/wit/workItemRelationTypes/Nope?api-version=7.1").status())
        .isEqualTo(404);
  }

  @Test
  void aTagIsRenamedKeepingItsIdAndDeleted() {
    client.send(
        "POST",
        "Web/_apis/wit/workitems/$Task?api-version=7.1",
        "application/json-patch+json",
        "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"T\"},"
            + "{\"op\":\"add\",\"path\":\"/fields/System.Tags\",\"value\":\"old-name\"}]");
    String id =
        client.get("Web/_apis/wit/tags/old-name?api-version=7.1").json().get("id").asString();

    Client.Answer renamed =
        client.send(
            "PATCH",
            "Web/_apis/wit/tags/" + id + "?api-version=7.1",
            "application/json",
            "{\"name\": \"new-name\"}");
    Client.Answer deleted =
        client.send("DELETE", "Web/_apis/wit/tags/new-name?api-version=7.1", null, null);

    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("id").asString()).isEqualTo(id);
    assertThat(renamed.json().get("name").asString()).isEqualTo("new-name");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(client.get("Web/_apis/wit/tags/" + id + "?api-version=7.1").status()).isEqualTo(404);
  }

  @Test
  void aCategoryIsReadByItsNameAsWellAsItsReferenceName() {
    JsonNode byName =
        client.get("Web/_apis/wit/workitemtypecategories/Bug%20Category?api-version=7.1").json();

    assertThat(byName.get("referenceName").asString()).isEqualTo("Microsoft.BugCategory");
  }

  @Test
  void graphSubjectsAreReadByDescriptorAndLookedUpInABatch() {
    Client graph = Client.of(ado.hostUrl("fabrikam", Host.VSSPS)).pat(pat);
    String descriptor =
        graph
            .get("_apis/graph/users?api-version=7.1-preview.1")
            .json()
            .at("/value/0/descriptor")
            .asString();

    JsonNode subject =
        graph.get("_apis/graph/subjects/" + descriptor + "?api-version=7.1-preview.1").json();
    JsonNode lookup =
        graph
            .post(
                "_apis/graph/subjectlookup?api-version=7.1-preview.1",
                Map.of(
                    "lookupKeys",
                    List.of(Map.of("descriptor", descriptor), Map.of("descriptor", "aad.none"))))
            .json();

    assertThat(subject.get("principalName").asString()).isEqualTo(ALICE);
    assertThat(lookup.get("value").propertyNames()).containsExactly(descriptor);
  }

  @Test
  void theIdentitiesAndGraphSubjectLocationsAreListedForClientsToDiscover() {
    Client graph = Client.of(ado.hostUrl("fabrikam", Host.VSSPS)).pat(pat);

    JsonNode locations = graph.send("OPTIONS", "_apis", null, null).json().get("value");

    assertThat(locations.findValuesAsString("id"))
        .contains(
            "28010c54-d0c0-4c89-a5b0-1c9e188b9fb7",
            "1d44a2ac-4f8a-459e-83c2-1c92626fb9c6",
            "4dd4d168-11f2-48c4-83e8-756fa0de027c");
  }

  @Test
  void theOrganizationsDataProviderListsTheCallersOrganizations() {
    Client.Answer answer =
        client.post(
            "_apis/Contribution/HierarchyQuery?api-version=7.1-preview.1",
            Map.of(
                "contributionIds",
                List.of("ms.vss-features.my-organizations-data-provider"),
                "dataProviderContext",
                Map.of("properties", Map.of())));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(
            answer
                .json()
                .at("/dataProviders/ms.vss-features.my-organizations-data-provider/organizations")
                .findValuesAsString("name"))
        .containsExactlyInAnyOrder("fabrikam", "contoso");
  }
}
