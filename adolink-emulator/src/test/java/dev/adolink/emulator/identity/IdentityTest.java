package dev.adolink.emulator.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.OrganizationOptions;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.support.Client;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IdentityTest {

  static AdoEmulator ado;
  static Client vssps;

  @BeforeAll
  static void start() {
    ado = AdoEmulator.start();
    List<Admin.UserSpec> users = new ArrayList<>();
    users.add(new Admin.UserSpec("jane@contoso.example", "Jane Doe", "jane-pat"));
    for (int i = 0; i < 249; i++) {
      users.add(new Admin.UserSpec("user" + i + "@contoso.example", "User " + i));
    }
    ado.createOrganization("contoso", users, OrganizationOptions.cloud());
    ado.createOrganization(
        "onprem",
        List.of(new Admin.UserSpec("jane@contoso.example", "Jane Doe")),
        OrganizationOptions.server("7.0"));
    vssps = Client.of(ado.hostUrl("contoso", Host.VSSPS)).pat("jane-pat");
  }

  @AfterAll
  static void stop() {
    ado.close();
  }

  @Nested
  class GraphUsers {
    @Test
    void arePagedWithTheContinuationTokenHeader() {
      Set<String> emails = new HashSet<>();
      String token = null;
      int pages = 0;
      do {
        Client.Answer page =
            vssps.get(
                "_apis/graph/users?api-version=7.1-preview.1"
                    + (token == null ? "" : "&continuationToken=" + token));
        page.json().path("value").forEach(u -> emails.add(u.path("mailAddress").asString()));
        token = page.header("X-MS-ContinuationToken");
        pages++;
      } while (token != null);

      assertThat(emails).hasSize(250).contains("jane@contoso.example");
      assertThat(pages).isEqualTo(3);
    }

    @Test
    void requireThePreviewFlag() {
      Client.Answer answer = vssps.get("_apis/graph/users?api-version=7.1");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().path("typeKey").asString())
          .isEqualTo("VssInvalidPreviewVersionException");
    }

    @Test
    void haveDescriptorsThatResolveToStorageKeys() {
      JsonNode jane =
          vssps.get("_apis/graph/users?api-version=7.1-preview.1").json().path("value").get(0);

      JsonNode key =
          vssps
              .get(
                  "_apis/graph/storagekeys/"
                      + jane.path("descriptor").asString()
                      + "?api-version=7.1-preview.1")
              .json();

      assertThat(key.path("value").asString())
          .isEqualTo(ado.user("jane@contoso.example").id().toString());
    }

    @Test
    void areNotServedOnTheOrganizationHostOfAzureDevOpsServices() {
      Client org = Client.of(ado.organizationUrl("contoso")).pat("jane-pat");

      assertThat(org.get("_apis/graph/users?api-version=7.1-preview.1").status()).isEqualTo(404);
    }

    @Test
    void areServedOnTheCollectionHostOfAzureDevOpsServer() {
      Client server = Client.of(ado.organizationUrl("onprem")).pat("jane-pat");

      assertThat(server.get("_apis/graph/users?api-version=7.0-preview.1").status()).isEqualTo(200);
    }
  }

  @Nested
  class Identities {
    @Test
    void areFoundByEmail() {
      JsonNode found =
          vssps
              .get(
                  "_apis/identities?searchFilter=General&filterValue=JANE%40contoso.example&queryMembership=None&api-version=7.1")
              .json();

      assertThat(found.path("count").asInt()).isEqualTo(1);
      JsonNode jane = found.path("value").get(0);
      assertThat(jane.path("providerDisplayName").asString()).isEqualTo("Jane Doe");
      assertThat(jane.at("/properties/Mail/$value").asString()).isEqualTo("jane@contoso.example");
      assertThat(jane.path("subjectDescriptor").asString()).startsWith("aad.");
    }

    @Test
    void anUnknownEmailFindsNothing() {
      assertThat(
              vssps
                  .get(
                      "_apis/identities?searchFilter=MailAddress&filterValue=nobody%40x.example&api-version=7.1")
                  .json()
                  .path("count")
                  .asInt())
          .isZero();
    }
  }
}
