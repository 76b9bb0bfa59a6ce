package dev.adolink.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.auth.AzureDevOpsOAuthApp;
import dev.adolink.azure.auth.BearerToken;
import dev.adolink.azure.auth.TokenSet;
import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.oauth.OAuthRegistry;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoOrg;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TestEmulator;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identities from the retired Azure DevOps OAuth service are not issued any more, but those stored
 * by older installs keep working: they are refreshed through the legacy token endpoint.
 */
@AdolinkIT
class LegacyOAuthIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired AdoEmulator emulator;
  @Autowired AzureDevOps azure;
  @Autowired OrganizationCheck connector;
  @Autowired InstallService installs;
  @Autowired Installations installations;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void aLegacyIdentityIsRefreshedAndStored() throws Exception {
    TestOrg org = tracker.organization();
    AdoOrg ado = integrations.adoOrganization();
    TokenSet tokens = legacyTokens(ado);
    long organizationId =
        jdbc.sql("select id from organizations where slug = :slug")
            .param("slug", org.slug())
            .query(Long.class)
            .single();
    long id =
        installs
            .install(
                organizationId,
                AuthKind.OAUTH_LEGACY,
                connector.connect(ado.url(), BearerToken.of(tokens.accessToken()), "account"),
                StoredCredentials.oauth(tokens))
            .installation()
            .id();
    long version = version(id);

    clock.advance(Duration.ofHours(2));
    TestApi.Response check =
        api.post(
            "/api/0/organizations/" + org.slug() + "/integrations/" + id + "/health-check/",
            org.owner().token(),
            null);

    assertThat(check.status()).as(check.body()).isEqualTo(200);
    assertThat(version(id)).isEqualTo(version + 1);
    assertThat(installations.find(id).orElseThrow().authKind()).isEqualTo(AuthKind.OAUTH_LEGACY);
  }

  long version(long id) {
    return jdbc.sql("select credentials_version from integrations where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  /** Authorizes with the legacy service as the emulator organization's owner. */
  TokenSet legacyTokens(AdoOrg ado) throws Exception {
    String callback = api.baseUrl() + "/extensions/vsts/setup/";
    emulator
        .oauth()
        .registerApp(
            OAuthRegistry.Kind.LEGACY,
            TestEmulator.LEGACY_CLIENT_ID,
            TestEmulator.LEGACY_CLIENT_SECRET,
            false,
            List.of(callback),
            null);
    emulator.oauth().consentAs(ado.owner().email());
    AzureDevOpsOAuthApp app =
        new AzureDevOpsOAuthApp(
            URI.create(emulator.baseUrl() + "_hosts/app.vssps/"),
            TestEmulator.LEGACY_CLIENT_ID,
            TestEmulator.LEGACY_CLIENT_SECRET,
            callback);
    HttpResponse<String> redirect =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(app.authorizeUrl("state", List.of("vso.work_write")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String location = redirect.headers().firstValue("Location").orElseThrow();
    String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
    return azure.oauth().exchange(app, java.net.URLDecoder.decode(code, "UTF-8"));
  }
}
