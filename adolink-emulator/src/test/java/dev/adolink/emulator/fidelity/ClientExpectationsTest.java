package dev.adolink.emulator.fidelity;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.support.Client;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What Azure DevOps clients other than adolink's rely on: old api-versions, 404 for what is not
 * served, the parameters the spec defines, and the type field details they read.
 */
class ClientExpectationsTest {

  static final String REPO = "Web/_apis/git/repositories/Web";
  static AdoEmulator ado;
  static Client client;
  static Client global;

  @BeforeAll
  static void start() {
    ado = AdoEmulator.start();
    var org =
        ado.createOrganization("fabrikam", new Admin.UserSpec("alice@example.com", "Alice Smith"));
    ado.createProject("fabrikam", "Web");
    String pat = org.user("alice@example.com").pat();
    client = Client.of(ado.organizationUrl("fabrikam")).pat(pat);
    global = Client.of(ado.baseUrl()).pat(pat);
    ado.commit(
        "fabrikam",
        "Web",
        "Web",
        "alice@example.com",
        "main",
        "Two files",
        add("/a.txt", "a"),
        add("/b.txt", "b"));
    ado.commit(
        "fabrikam", "Web", "Web", "alice@example.com", "feature/Replacer", "More", add("/c", "c"));
    ado.commit(
        "fabrikam", "Web", "Web", "alice@example.com", "feature/other", "Other", add("/d", "d"));
  }

  @AfterAll
  static void stop() {
    ado.close();
  }

  @Test
  void apiVersionsFrom10AreAcceptedAsAzureDevOpsServicesAcceptsThem() {
    assertThat(global.get("_hosts/app.vssps/_apis/profile/profiles/me?api-version=1.0").status())
        .isEqualTo(200);
    assertThat(client.get("_apis/projects?api-version=2.0").status()).isEqualTo(200);
    assertThat(client.get("_apis/projects?api-version=3.0-preview.2").status()).isEqualTo(200);
    assertThat(client.get(REPO + "/commits?api-version=4.0").status()).isEqualTo(200);
  }

  @Test
  void aResourceAddedLaterRefusesOlderVersionsAndItsLocationSaysSo() {
    Client.Answer old = client.get("Web/_apis/wit/workItems/1/comments?api-version=4.1-preview.1");
    JsonNode locations = client.send("OPTIONS", "_apis/wit", null, null).json().get("value");

    assertThat(old.status()).isEqualTo(400);
    assertThat(old.json().get("typeKey").asString()).isEqualTo("VssVersionOutOfRangeException");
    assertThat(locations)
        .filteredOn(l -> l.get("id").asString().equals("608aac0a-32e1-4493-a863-b9cf4566d257"))
        .singleElement()
        .satisfies(l -> assertThat(l.get("minVersion").asString()).isEqualTo("5.0"));
    assertThat(locations)
        .filteredOn(l -> l.get("resourceName").asString().equals("workItems"))
        .allSatisfy(l -> assertThat(l.get("minVersion").asString()).isEqualTo("1.0"));
  }

  @Test
  void aPathTheEmulatorDoesNotServeIs404AndAServedOneWithAnotherMethodStays405() {
    Client.Answer unserved = client.get("Web/_apis/build/builds?api-version=7.1");
    Client.Answer wrongMethod =
        client.send("PUT", "_apis/projects?api-version=7.1", "application/json", "{}");

    assertThat(unserved.status()).isEqualTo(404);
    assertThat(unserved.json().get("typeKey").asString()).isEqualTo("VssResourceNotFoundException");
    assertThat(wrongMethod.status()).isEqualTo(405);
  }

  @Test
  void aPushIncludesAsManyCommitsAsIncludeCommitsAsks() {
    JsonNode without = client.get(REPO + "/pushes/1?api-version=7.1").json();
    JsonNode with = client.get(REPO + "/pushes/1?includeCommits=5&api-version=7.1").json();
    JsonNode one = client.get(REPO + "/pushes/1?includeCommits=1&api-version=7.1").json();

    assertThat(without.get("commits")).isEmpty();
    assertThat(with.get("commits")).hasSize(1);
    assertThat(with.get("commits").get(0).get("comment").asString()).startsWith("Two files");
    assertThat(one.get("commits")).hasSize(1);
  }

  @Test
  void refsFilterContainsKeepsTheRefsWhoseNameContainsTheTextInAnyCase() {
    JsonNode refs =
        client
            .get(REPO + "/refs?filter=heads/&filterContains=replacer&api-version=7.1")
            .json()
            .get("value");

    assertThat(refs.findValuesAsString("name")).containsExactly("refs/heads/feature/Replacer");
  }

  @Test
  void typeFieldsCarryHelpTextAndTheFieldsThatDependOnThem() {
    JsonNode iteration =
        client
            .get(
                "Web/_apis/wit/workitemtypes/Bug/fields/System.IterationPath"
                    + "?$expand=dependentFields&api-version=7.1")
            .json();
    JsonNode fields =
        client.get("Web/_apis/wit/workitemtypes/Bug/fields?$expand=all&api-version=7.1").json();

    assertThat(iteration.get("helpText").asString()).isNotBlank();
    assertThat(iteration.get("dependentFields").findValuesAsString("referenceName"))
        .containsExactly("System.IterationId");
    assertThat(iteration.has("allowedValues")).isFalse();
    assertThat(fields.get("value"))
        .filteredOn(f -> f.get("referenceName").asString().equals("System.AreaId"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.get("dependentFields").findValuesAsString("referenceName"))
                    .isEqualTo(List.of("System.AreaPath")));
  }
}
