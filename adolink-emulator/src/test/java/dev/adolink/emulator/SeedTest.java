package dev.adolink.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.junit.AdoEmulatorExtension;
import dev.adolink.emulator.support.Client;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class SeedTest {

  @RegisterExtension
  static AdoEmulatorExtension ado =
      new AdoEmulatorExtension()
          .seed(Path.of("src/test/resources/dev/adolink/emulator/SeedTest/seed.json"))
          .resetBeforeEach();

  private Client alice() {
    return Client.of(ado.emulator().organizationUrl("fabrikam")).pat("alice-pat-0001");
  }

  @Test
  void createsOrganizationsUsersWithFixedPatsAndProjects() {
    JsonNode projects = alice().get("_apis/projects?api-version=7.1").json();

    assertThat(projects.path("count").asInt()).isEqualTo(2);
    assertThat(
            Client.of(ado.emulator().organizationUrl("onprem"))
                .pat("carol-pat-0001")
                .get("_apis/projects?api-version=6.0")
                .status())
        .isEqualTo(200);
  }

  @Test
  void pushesTheSeededCommitsOnTheirBranches() {
    JsonNode main = alice().get("Web/_apis/git/repositories/Web/commits?api-version=7.1").json();
    JsonNode develop =
        alice()
            .get(
                "Web/_apis/git/repositories/Web/commits?searchCriteria.itemVersion.version=develop&api-version=7.1")
            .json();

    assertThat(main.path("count").asInt()).isEqualTo(2);
    assertThat(main.at("/value/0/author/email").asString()).isEqualTo("bob@fabrikam.example");
    assertThat(main.at("/value/1/author/date").asString()).isEqualTo("2025-01-06T09:00:00Z");
    assertThat(develop.path("count").asInt()).isEqualTo(3);
  }

  @Test
  void generatesHistory() {
    JsonNode commits =
        alice().get("Web/_apis/git/repositories/api/commits?$top=1000&api-version=7.1").json();

    assertThat(commits.path("count").asInt()).isEqualTo(250);
  }

  @Test
  void anOrganizationWithApiVersionMaxRejectsHigherVersions(AdoEmulator emulator) {
    Client carol = Client.of(emulator.organizationUrl("onprem")).pat("carol-pat-0001");

    assertThat(carol.get("_apis/projects?api-version=7.1").status()).isEqualTo(400);
  }

  @Test
  void resetReappliesTheSeed(AdoEmulator emulator) {
    emulator.createProject("fabrikam", "Extra");
    emulator.reset();

    assertThat(alice().get("_apis/projects?api-version=7.1").json().path("count").asInt())
        .isEqualTo(2);
  }
}
