package dev.adolink.emulator.wit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.junit.AdoEmulatorExtension;
import dev.adolink.emulator.support.Client;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class WitSeedTest {

  @RegisterExtension
  static AdoEmulatorExtension ado =
      new AdoEmulatorExtension()
          .seed(Path.of("src/test/resources/dev/adolink/emulator/wit/WitSeedTest/seed.json"))
          .resetBeforeEach();

  private Client alice() {
    return Client.of(ado.emulator().organizationUrl("fabrikam")).pat("alice-pat");
  }

  @Test
  void seedsWorkItemsWithStatesLinksCommentsAndPaths() {
    JsonNode bug = alice().get("_apis/wit/workitems/2?$expand=all&api-version=7.1").json();

    assertThat(bug.at("/fields/System.State").asString()).isEqualTo("Active");
    assertThat(bug.at("/fields/System.AreaPath").asString()).isEqualTo("Web\\Backend\\API");
    assertThat(bug.at("/fields/System.IterationPath").asString()).isEqualTo("Web\\Sprint 9");
    assertThat(bug.at("/fields/System.CreatedBy/uniqueName").asString())
        .isEqualTo("bob@fabrikam.example");
    assertThat(bug.at("/fields/System.Parent").asInt()).isEqualTo(1);
    assertThat(bug.at("/fields/System.CommentCount").asInt()).isEqualTo(1);
    assertThat(bug.get("relations")).hasSize(2);
    assertThat(alice().get("_apis/wit/workitems/3?api-version=7.1").status()).isEqualTo(404);
  }

  @Test
  void seedsSubscriptionsAndHookPermissions() {
    JsonNode subscriptions = alice().get("_apis/hooks/subscriptions?api-version=7.1").json();
    Client.Answer bob =
        Client.of(ado.emulator().organizationUrl("fabrikam"))
            .pat("bob-pat")
            .post(
                "_apis/hooks/subscriptions?api-version=7.1",
                Map.of(
                    "publisherId", "tfs",
                    "eventType", "workitem.created",
                    "consumerId", "webHooks",
                    "consumerActionId", "httpRequest",
                    "consumerInputs", Map.of("url", "https://x.example/")));

    assertThat(subscriptions.get("count").asInt()).isEqualTo(1);
    assertThat(subscriptions.at("/value/0/status").asString()).isEqualTo("onProbation");
    assertThat(subscriptions.at("/value/0/publisherInputs/projectId").asString()).isNotBlank();
    assertThat(bob.status()).isEqualTo(403);
  }

  @Test
  void theJavaApiCreatesAndUpdatesWorkItems() {
    OrgWorkItems items = ado.emulator().workItems("fabrikam");

    int id = items.create("Web", "Task", Map.of("System.Title", "From Java"));
    items.as("bob@fabrikam.example").update(id, Map.of("System.State", "Active"));

    assertThat(items.fields(id)).containsEntry("System.State", "Active");
    assertThat(items.fields(id).get("System.ChangedBy")).isEqualTo("Bob <bob@fabrikam.example>");
  }
}
