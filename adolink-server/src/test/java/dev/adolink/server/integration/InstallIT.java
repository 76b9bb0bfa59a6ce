package dev.adolink.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.hooks.Subscription;
import dev.adolink.emulator.oauth.OAuth;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoOrg;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import dev.adolink.server.support.TrackerFixtures.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class InstallIT {

  static final List<String> EVENT_TYPES =
      List.of(
          "git.push",
          "workitem.commented",
          "workitem.deleted",
          "workitem.restored",
          "workitem.updated");

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired JdbcClient jdbc;

  @Nested
  class WithAPersonalAccessToken {

    @Test
    void answersWithTheOrganizationAsAzureDevOpsDescribesIt() {
      Installed installed = integrations.installed();
      JsonNode json = installed.json();

      assertThat(json.get("name").asString()).isEqualTo(installed.ado().name());
      assertThat(json.get("externalId").asString()).isEqualTo(installed.ado().id());
      assertThat(json.get("domainName").asString()).isEqualTo(installed.ado().url()).endsWith("/");
      assertThat(json.get("status").asString()).isEqualTo("active");
      assertThat(json.get("authKind").asString()).isEqualTo("pat");
      assertThat(json.get("subscription").get("status").asString()).isEqualTo("enabled");
      assertThat(json.get("subscription").get("id").asString()).isNotBlank();
      assertThat(json.get("identity").get("name").asString()).isEqualTo("Ada Owner");
    }

    @Test
    void subscribesToEveryEventTypeWithItsOwnSecretAndFullResources() {
      Installed installed = integrations.installed();

      List<Subscription> subscriptions = integrations.subscriptionsInAdo(installed.ado());
      assertThat(subscriptions)
          .extracting(Subscription::eventType)
          .containsExactlyInAnyOrderElementsOf(EVENT_TYPES);
      assertThat(subscriptions)
          .allSatisfy(
              s -> {
                assertThat(s.consumerInputs().get("url"))
                    .isEqualTo(api.baseUrl() + "/extensions/vsts/issue-updated/");
                assertThat(s.consumerInputs().get("resourceDetailsToSend")).isEqualTo("all");
                assertThat(s.consumerInputs().get("httpHeaders"))
                    .matches("shared-secret:[0-9a-f]{64}");
                assertThat(s.publisherInputs()).doesNotContainKey("projectId");
              });
      assertThat(subscriptions)
          .extracting(s -> s.consumerInputs().get("httpHeaders"))
          .doesNotHaveDuplicates();
    }

    @Test
    void storesTheTokenAndTheSecretsEncrypted() {
      Installed installed = integrations.installed();

      String credentials =
          jdbc.sql("select credentials from integrations where id = :id")
              .param("id", installed.id())
              .query(String.class)
              .single();
      assertThat(credentials).startsWith("v1:").doesNotContain(installed.ado().owner().pat());
      List<String> secrets =
          jdbc.sql("select secret from integration_subscriptions where integration_id = :id")
              .param("id", installed.id())
              .query(String.class)
              .list();
      String header =
          integrations
              .subscriptionsInAdo(installed.ado())
              .get(0)
              .consumerInputs()
              .get("httpHeaders");
      assertThat(secrets)
          .hasSize(5)
          .allSatisfy(
              secret ->
                  assertThat(secret)
                      .startsWith("v1:")
                      .doesNotContain(header.substring("shared-secret:".length())));
    }

    @Test
    void listsAndShowsTheInstallationToMembers() {
      Installed installed = integrations.installed();
      TestUser member = tracker.member(installed.org().slug(), "member");

      TestApi.Response list =
          api.get(
              "/api/0/organizations/" + installed.org().slug() + "/integrations/", member.token());
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.json()).hasSize(1);
      assertThat(list.json().get(0).get("id").asLong()).isEqualTo(installed.id());
      assertThat(api.get(installed.path(), member.token()).status()).isEqualTo(200);
    }

    @Test
    void needsTheManagerRole() {
      TestOrg org = tracker.organization();
      TestUser member = tracker.member(org.slug(), "member");
      AdoOrg ado = integrations.adoOrganization();

      TestApi.Response response =
          api.post(
              "/api/0/organizations/" + org.slug() + "/integrations/azure-devops/",
              member.token(),
              Map.of("organizationUrl", ado.url(), "pat", ado.owner().pat()));

      assertThat(response.status()).isEqualTo(403);
      assertThat(integrations.subscriptionsInAdo(ado)).isEmpty();
    }

    @Test
    void installingAgainInTheSameOrganizationReusesTheInstallationAndItsSubscriptions() {
      Installed first = integrations.installed();
      List<String> before =
          integrations.subscriptionsInAdo(first.ado()).stream()
              .map(Subscription::id)
              .sorted()
              .toList();

      Installed again = integrations.install(first.org(), first.ado());

      assertThat(again.id()).isEqualTo(first.id());
      assertThat(
              integrations.subscriptionsInAdo(first.ado()).stream().map(Subscription::id).sorted())
          .containsExactlyElementsOf(before);
    }

    @Test
    void anotherInstallationIsNotVisibleFromAnotherOrganization() {
      Installed installed = integrations.installed();
      TestOrg other = tracker.organization();

      TestApi.Response response =
          api.get(
              "/api/0/organizations/" + other.slug() + "/integrations/" + installed.id() + "/",
              other.owner().token());

      assertThat(response.status()).isEqualTo(404);
    }
  }

  @Nested
  class WithAServicePrincipal {

    TestApi.Response install(TestOrg org, AdoOrg ado, String clientId, String clientSecret) {
      return api.post(
          "/api/0/organizations/" + org.slug() + "/integrations/azure-devops/",
          org.owner().token(),
          Map.of(
              "organizationUrl",
              ado.url(),
              "tenantId",
              OAuth.tenantId().toString(),
              "clientId",
              clientId,
              "clientSecret",
              clientSecret));
    }

    @Test
    void installsWithTheClientCredentialsOfAPrincipalAddedToTheOrganization() {
      TestOrg org = tracker.organization();
      AdoOrg ado = integrations.adoOrganization();
      var principal = integrations.servicePrincipal(ado);

      TestApi.Response response = install(org, ado, principal.clientId(), principal.secret());

      assertThat(response.status()).as(response.body()).isEqualTo(201);
      assertThat(response.json().get("authKind").asString()).isEqualTo("service_principal");
      assertThat(response.json().get("externalId").asString()).isEqualTo(ado.id());
      assertThat(integrations.subscriptionsInAdo(ado)).hasSize(5);
      assertThat(
              jdbc.sql("select credentials from integrations where id = :id")
                  .param("id", response.json().get("id").asLong())
                  .query(String.class)
                  .single())
          .doesNotContain(principal.secret());
    }

    @Test
    void refusesAWrongSecretNamingTheField() {
      TestOrg org = tracker.organization();
      AdoOrg ado = integrations.adoOrganization();
      var principal = integrations.servicePrincipal(ado);

      TestApi.Response response = install(org, ado, principal.clientId(), "wrong");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("clientSecret")).contains("service principal was not accepted");
      assertNothingStored(org, ado);
    }

    @Test
    void needsAllThreeFields() {
      TestOrg org = tracker.organization();

      TestApi.Response response =
          api.post(
              "/api/0/organizations/" + org.slug() + "/integrations/azure-devops/",
              org.owner().token(),
              Map.of("organizationUrl", "https://dev.azure.com/x/", "tenantId", "t"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("clientId")).contains("required");
      assertThat(response.error("clientSecret")).contains("required");
    }
  }

  void assertNothingStored(TestOrg org, AdoOrg ado) {
    TestApi.Response list =
        api.get("/api/0/organizations/" + org.slug() + "/integrations/", org.owner().token());
    assertThat(list.json()).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from integrations where ado_organization_id = :id")
                .param("id", ado.id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(integrations.subscriptionsInAdo(ado)).isEmpty();
  }

  @Nested
  class RefusingBadInput {

    TestOrg org;
    AdoOrg ado;

    @org.junit.jupiter.api.BeforeEach
    void organizations() {
      org = tracker.organization();
      ado = integrations.adoOrganization();
    }

    TestApi.Response install(Map<String, ?> body) {
      return api.post(
          "/api/0/organizations/" + org.slug() + "/integrations/azure-devops/",
          org.owner().token(),
          body);
    }

    @Test
    void aMalformedUrl() {
      TestApi.Response response = install(Map.of("organizationUrl", "not a url", "pat", "x"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("organizationUrl")).contains("https://");
      assertNothingStored(org, ado);
    }

    @Test
    void aMissingUrlOrToken() {
      assertThat(install(Map.of("pat", "x")).error("organizationUrl")).contains("required");
      assertThat(install(Map.of("organizationUrl", ado.url())).error("pat")).contains("required");
      assertThat(
              install(Map.of("organizationUrl", ado.url(), "pat", "x", "clientId", "y"))
                  .error("pat"))
          .contains("not both");
    }

    @Test
    void aTokenAzureDevOpsRejects() {
      TestApi.Response response =
          install(Map.of("organizationUrl", ado.url(), "pat", "not-a-valid-token"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("pat")).contains("rejected the personal access token");
      assertNothingStored(org, ado);
    }

    @Test
    void aTokenOfAnotherOrganization() {
      AdoOrg other = integrations.adoOrganization();

      TestApi.Response response =
          install(Map.of("organizationUrl", ado.url(), "pat", other.owner().pat()));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("pat")).contains("rejected");
      assertNothingStored(org, ado);
    }

    @Test
    void anUnreachableHost() {
      TestApi.Response response =
          install(Map.of("organizationUrl", "http://127.0.0.1:9/fabrikam/", "pat", "x"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("organizationUrl")).contains("Could not reach 127.0.0.1");
      assertNothingStored(org, ado);
    }

    @Test
    void aUrlThatIsNotAnAzureDevOpsOrganization() {
      TestApi.Response response =
          install(Map.of("organizationUrl", api.baseUrl() + "/actuator/", "pat", "x"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("organizationUrl"))
          .contains("did not answer like an Azure DevOps organization");
      assertNothingStored(org, ado);
    }

    @Test
    void aUserWithoutPermissionToCreateServiceHooks() {
      emulatorHooks().canManageHooks(emulatorOrg(ado), ownerOf(ado), false);

      TestApi.Response response =
          install(Map.of("organizationUrl", ado.url(), "pat", ado.owner().pat()));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().get("detail").asString())
          .startsWith("adolink cannot communicate with this Azure DevOps organization.")
          .contains("third-party app access via OAuth")
          .contains("project administrator permissions")
          .contains("Azure DevOps said:");
      assertNothingStored(org, ado);
    }
  }

  dev.adolink.emulator.hooks.Hooks emulatorHooks() {
    return integrations.emulator().hooks();
  }

  dev.adolink.emulator.store.Organization emulatorOrg(AdoOrg ado) {
    return integrations.emulator().organization(ado.name());
  }

  dev.adolink.emulator.store.User ownerOf(AdoOrg ado) {
    return integrations.emulator().user(ado.owner().email());
  }
}
