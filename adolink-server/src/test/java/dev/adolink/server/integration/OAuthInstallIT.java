package dev.adolink.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.Browser;
import dev.adolink.server.support.Browser.Page;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoOrg;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class OAuthInstallIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired AdoEmulator emulator;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  TestOrg org;
  AdoOrg ado;
  Browser browser;

  @BeforeEach
  void signIn() {
    integrations.registerEntraApp();
    org = tracker.organization();
    ado = integrations.adoOrganization();
    emulator.oauth().consentAs(ado.owner().email());
    browser = new Browser(api).signIn(org.owner().email(), TrackerFixtures.PASSWORD);
  }

  /** Start, Entra ID, callback: the page that comes back (accounts, or an error). */
  Page signInWithMicrosoft() {
    Page start = browser.get("/extensions/vsts/setup/?organization=" + org.slug());
    assertThat(start.status()).as(start.toString()).isEqualTo(302);
    Page authorize = browser.follow(start);
    assertThat(authorize.status()).as(authorize.toString()).isEqualTo(302);
    return browser.follow(authorize);
  }

  Page connect(Page accounts, String accountId) {
    return browser.post(
        "/extensions/vsts/setup/", Map.of("account", accountId, "_csrf", accounts.csrf()));
  }

  JsonNode onlyInstallation() {
    TestApi.Response list =
        api.get("/api/0/organizations/" + org.slug() + "/integrations/", org.owner().token());
    assertThat(list.json()).hasSize(1);
    return list.json().get(0);
  }

  @Nested
  class Installing {

    @Test
    void sendsTheBrowserToEntraIdWithStateAndPkce() {
      Page start = browser.get("/extensions/vsts/setup/?organization=" + org.slug());

      assertThat(start.location())
          .startsWith(emulator.baseUrl() + "_hosts/login/")
          .contains("/oauth2/v2.0/authorize?")
          .contains("client_id=6d1c4a7e-0000-4000-8000-00000000a001")
          .contains("state=")
          .contains("code_challenge=")
          .contains("code_challenge_method=S256")
          .contains(
              "redirect_uri="
                  + java.net.URLEncoder.encode(
                      api.baseUrl() + "/extensions/vsts/setup/",
                      java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void listsTheUsersOrganizationsAndInstallsThePickedOne() {
      Page accounts = signInWithMicrosoft();
      assertThat(accounts.status()).as(accounts.toString()).isEqualTo(200);
      assertThat(accounts.body()).contains(ado.name()).contains("value=\"" + ado.id() + "\"");

      Page done = connect(accounts, ado.id());

      assertThat(done.status()).as(done.toString()).isEqualTo(200);
      assertThat(done.body()).contains("Azure DevOps connected").contains(ado.name());
      JsonNode installation = onlyInstallation();
      assertThat(installation.get("authKind").asString()).isEqualTo("oauth");
      assertThat(installation.get("externalId").asString()).isEqualTo(ado.id());
      assertThat(installation.get("domainName").asString()).isEqualTo(ado.url());
      assertThat(installation.get("status").asString()).isEqualTo("active");
      assertThat(installation.get("subscriptions"))
          .allSatisfy(s -> assertThat(s.get("status").asString()).isEqualTo("enabled"));
      assertThat(
              jdbc.sql("select credentials from integrations where id = :id")
                  .param("id", installation.get("id").asLong())
                  .query(String.class)
                  .single())
          .startsWith("v1:");
    }

    @Test
    void anOrganizationNotInTheListIsAskedForAgain() {
      Page accounts = signInWithMicrosoft();

      Page again = connect(accounts, "00000000-0000-0000-0000-000000000000");

      assertThat(again.status()).isEqualTo(200);
      assertThat(again.body()).contains("Choose one of the listed organizations");
      TestApi.Response list =
          api.get("/api/0/organizations/" + org.slug() + "/integrations/", org.owner().token());
      assertThat(list.json()).isEmpty();
    }

    @Test
    void theFormNeedsItsCsrfToken() {
      signInWithMicrosoft();

      Page forged = browser.post("/extensions/vsts/setup/", Map.of("account", ado.id()));

      assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void membersCannotStartAnInstall() {
      var member = tracker.member(org.slug(), "member");
      Browser memberBrowser = new Browser(api).signIn(member.email(), TrackerFixtures.PASSWORD);

      Page start = memberBrowser.get("/extensions/vsts/setup/?organization=" + org.slug());

      assertThat(start.status()).isEqualTo(400);
      assertThat(start.body()).contains("manager");
    }
  }

  @Nested
  class EndingOnAReadablePage {

    @Test
    void whenConsentIsDenied() {
      emulator.oauth().consentAs(null);

      Page page = signInWithMicrosoft();

      assertThat(page.status()).isEqualTo(400);
      assertThat(page.body())
          .contains("not granted")
          .contains("AADSTS65004")
          .contains("Start again");
    }

    @Test
    void whenTheUserBelongsToNoOrganization() {
      String loner = TrackerFixtures.unique("loner") + "@ado.test";
      emulator.identity(loner, "Lonely User");
      emulator.oauth().consentAs(loner);

      Page page = signInWithMicrosoft();

      assertThat(page.status()).isEqualTo(400);
      assertThat(page.body()).contains("No accounts found");
    }

    @Test
    void whenTheStateDoesNotMatch() {
      browser.get("/extensions/vsts/setup/?organization=" + org.slug());

      Page page = browser.get("/extensions/vsts/setup/?code=forged&state=forged");

      assertThat(page.status()).isEqualTo(400);
      assertThat(page.body()).contains("invalid state");
    }
  }

  @Nested
  class Tokens {

    long install() {
      Page accounts = signInWithMicrosoft();
      assertThat(connect(accounts, ado.id()).status()).isEqualTo(200);
      return onlyInstallation().get("id").asLong();
    }

    TestApi.Response healthCheck(long id) {
      return api.post(
          "/api/0/organizations/" + org.slug() + "/integrations/" + id + "/health-check/",
          org.owner().token(),
          null);
    }

    long credentialsVersion(long id) {
      return jdbc.sql("select credentials_version from integrations where id = :id")
          .param("id", id)
          .query(Long.class)
          .single();
    }

    @Test
    void areRefreshedBeforeTheyExpireAndStored() {
      long id = install();
      long version = credentialsVersion(id);

      clock.advance(Duration.ofMinutes(59));
      TestApi.Response check = healthCheck(id);

      assertThat(check.status()).as(check.body()).isEqualTo(200);
      assertThat(credentialsVersion(id)).isEqualTo(version + 1);
    }

    @Test
    void aRefusedRefreshPausesTheInstallationUntilItIsAuthorizedAgain() {
      long id = install();
      emulator.oauth().revokeAll(ado.owner().email());
      clock.advance(Duration.ofHours(2));

      TestApi.Response refused = healthCheck(id);

      assertThat(refused.status()).as(refused.body()).isEqualTo(409);
      JsonNode paused = onlyInstallation();
      assertThat(paused.get("status").asString()).isEqualTo("needs_reauth");
      assertThat(paused.get("pausedReason").asString())
          .contains("refused to refresh")
          .contains("Re-authorize");
      assertThat(healthCheck(id).status()).isEqualTo(409);

      emulator.oauth().consentAs(ado.owner().email());
      install();

      JsonNode resumed = onlyInstallation();
      assertThat(resumed.get("id").asLong()).isEqualTo(id);
      assertThat(resumed.get("status").asString()).isEqualTo("active");
      assertThat(resumed.get("pausedReason").isNull()).isTrue();
      assertThat(healthCheck(id).status()).isEqualTo(200);
    }
  }
}
