package dev.adolink.emulator.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.junit.AdoEmulatorExtension;
import dev.adolink.emulator.support.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class ProjectsTest {

  @RegisterExtension static AdoEmulatorExtension ado = new AdoEmulatorExtension().resetBeforeEach();

  Client client;

  @BeforeEach
  void seed() {
    var org =
        ado.emulator()
            .createOrganization("fabrikam", new Admin.UserSpec("alice@example.com", "Alice"));
    client =
        Client.of(ado.emulator().organizationUrl("fabrikam"))
            .pat(org.user("alice@example.com").pat());
  }

  @Nested
  class Listing {
    @BeforeEach
    void projects() {
      for (int i = 0; i < 25; i++) {
        ado.emulator().createProject("fabrikam", String.format("P%02d", i));
      }
    }

    @Test
    void pagesWithTheContinuationTokenHeaderUntilItIsGone() {
      List<String> names = new ArrayList<>();
      String token = null;
      do {
        Client.Answer page =
            client.get(
                "_apis/projects?$top=10&api-version=7.1"
                    + (token == null ? "" : "&continuationToken=" + token));
        page.json().path("value").forEach(p -> names.add(p.path("name").asString()));
        token = page.header("x-ms-continuationtoken");
      } while (token != null);

      assertThat(names).hasSize(25).isSorted();
    }

    @Test
    void pagesWithTopAndSkip() {
      JsonNode page = client.get("_apis/projects?$top=5&$skip=20&api-version=7.1").json();

      assertThat(page.path("count").asInt()).isEqualTo(5);
      assertThat(page.at("/value/0/name").asString()).isEqualTo("P20");
    }
  }

  @Nested
  class Creating {
    @Test
    void createsThroughTheApiWithAProcessTemplate() {
      Client.Answer created =
          client.post(
              "_apis/projects?api-version=7.1",
              Map.of(
                  "name",
                  "Travel",
                  "capabilities",
                  Map.of(
                      "versioncontrol", Map.of("sourceControlType", "Git"),
                      "processTemplate",
                          Map.of("templateTypeId", "6b724908-ef14-45cf-84f8-768b5384da45"))));
      JsonNode operation =
          client.get(created.json().path("url").asString() + "?api-version=7.1").json();
      JsonNode project =
          client.get("_apis/projects/travel?includeCapabilities=true&api-version=7.1").json();

      assertThat(created.status()).isEqualTo(202);
      assertThat(operation.path("status").asString()).isEqualTo("succeeded");
      assertThat(project.at("/capabilities/processTemplate/templateName").asString())
          .isEqualTo("Scrum");
      assertThat(client.get("Travel/_apis/git/repositories/Travel?api-version=7.1").status())
          .isEqualTo(200);
    }

    @Test
    void aTakenNameIs409() {
      ado.emulator().createProject("fabrikam", "Web");

      Client.Answer answer = client.post("_apis/projects?api-version=7.1", Map.of("name", "web"));

      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.json().path("message").asString()).startsWith("TF200019:");
    }

    @Test
    void anUnknownProcessIs400() {
      Client.Answer answer =
          client.post(
              "_apis/projects?api-version=7.1",
              Map.of(
                  "name",
                  "X",
                  "capabilities",
                  Map.of(
                      "processTemplate",
                      Map.of("templateTypeId", "00000000-0000-0000-0000-000000000001"))));

      assertThat(answer.status()).isEqualTo(400);
    }
  }

  @Test
  void getsAProjectByIdOrName() {
    String id = ado.emulator().createProject("fabrikam", "Web").id().toString();

    assertThat(
            client.get("_apis/projects/" + id + "?api-version=7.1").json().path("name").asString())
        .isEqualTo("Web");
    assertThat(client.get("_apis/projects/WEB?api-version=7.1").json().path("id").asString())
        .isEqualTo(id);
  }
}
