package dev.adolink.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.OrganizationOptions;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.support.Client;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OAuthTest {

  static final String CALLBACK = "https://tracker.example/extensions/vsts/setup/";
  static AdoEmulator ado;
  Client web;

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
    ado.createOrganization("fabrikam", new Admin.UserSpec("alice@example.com", "Alice"));
    ado.createOrganization("contoso", new Admin.UserSpec("bob@example.com", "Bob"));
    ado.createOrganization(
        "onprem",
        List.of(new Admin.UserSpec("alice@example.com", "Alice")),
        OrganizationOptions.server("6.0"));
    ado.oauth().consentAs("alice@example.com");
    web = Client.of(ado.baseUrl());
  }

  static Map<String, String> query(String location) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return params;
  }

  static String form(String... kv) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < kv.length; i += 2) {
      out.append(i == 0 ? "" : "&")
          .append(kv[i])
          .append('=')
          .append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  @Nested
  class Entra {
    OAuthRegistry.App app;
    final String verifier = "a-verifier-with-enough-entropy-0123456789-abcdefghij";

    @BeforeEach
    void register() {
      app =
          ado.oauth()
              .registerApp(OAuthRegistry.Kind.ENTRA, null, null, false, List.of(CALLBACK), null);
    }

    private String challenge() throws Exception {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    private Map<String, String> authorize() throws Exception {
      Client.Answer redirect =
          web.get(
              "_hosts/login/organizations/oauth2/v2.0/authorize?client_id="
                  + app.clientId()
                  + "&response_type=code&redirect_uri="
                  + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)
                  + "&response_mode=query&scope=499b84ac-1321-427f-aa17-267ca6975798/.default%20offline_access&state=xyz&code_challenge="
                  + challenge()
                  + "&code_challenge_method=S256");
      assertThat(redirect.status()).isEqualTo(302);
      assertThat(redirect.header("Location")).startsWith(CALLBACK);
      return query(redirect.header("Location"));
    }

    private Client.Answer exchange(String code, String codeVerifier) {
      return web.postForm(
          "_hosts/login/organizations/oauth2/v2.0/token",
          form(
              "grant_type",
              "authorization_code",
              "client_id",
              app.clientId(),
              "client_secret",
              app.secret(),
              "code",
              code,
              "redirect_uri",
              CALLBACK,
              "code_verifier",
              codeVerifier));
    }

    @Test
    void theAuthorizationCodeFlowWithPkceGivesTokensThatCallTheApi() throws Exception {
      Map<String, String> back = authorize();
      JsonNode tokens = exchange(back.get("code"), verifier).json();

      assertThat(back.get("state")).isEqualTo("xyz");
      assertThat(tokens.path("token_type").asString()).isEqualTo("Bearer");
      assertThat(tokens.path("expires_in").asLong()).isEqualTo(3600);
      assertThat(tokens.path("refresh_token").asString()).isNotBlank();
      Client bearer = web.bearer(tokens.path("access_token").asString());
      assertThat(bearer.get("fabrikam/_apis/projects?api-version=7.1").status()).isEqualTo(200);
    }

    @Test
    void aWrongCodeVerifierIsInvalidGrant() throws Exception {
      Client.Answer answer = exchange(authorize().get("code"), "another-verifier");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().path("error").asString()).isEqualTo("invalid_grant");
      assertThat(answer.json().path("error_description").asString()).startsWith("AADSTS501481");
    }

    @Test
    void aCodeWorksOnce() throws Exception {
      String code = authorize().get("code");
      exchange(code, verifier);

      assertThat(exchange(code, verifier).status()).isEqualTo(400);
    }

    @Test
    void refreshRotatesAndARevokedTokenIsInvalidGrant() throws Exception {
      String refresh =
          exchange(authorize().get("code"), verifier).json().path("refresh_token").asString();
      String refreshForm =
          form(
              "grant_type",
              "refresh_token",
              "client_id",
              app.clientId(),
              "client_secret",
              app.secret(),
              "refresh_token",
              refresh);

      JsonNode renewed = web.postForm("_hosts/login/common/oauth2/v2.0/token", refreshForm).json();
      Client.Answer reused = web.postForm("_hosts/login/common/oauth2/v2.0/token", refreshForm);
      ado.oauth().revokeRefreshToken(renewed.path("refresh_token").asString());
      Client.Answer revoked =
          web.postForm(
              "_hosts/login/common/oauth2/v2.0/token",
              form(
                  "grant_type",
                  "refresh_token",
                  "client_id",
                  app.clientId(),
                  "client_secret",
                  app.secret(),
                  "refresh_token",
                  renewed.path("refresh_token").asString()));

      assertThat(renewed.path("refresh_token").asString()).isNotEqualTo(refresh);
      assertThat(reused.json().path("error").asString()).isEqualTo("invalid_grant");
      assertThat(revoked.json().path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void accessTokensExpireOnTheEmulatorClock() throws Exception {
      String token =
          exchange(authorize().get("code"), verifier).json().path("access_token").asString();
      Client bearer = web.bearer(token).header("X-TFS-FedAuthRedirect", "Suppress");

      ado.clock().advance(Duration.ofMinutes(61));

      assertThat(bearer.get("fabrikam/_apis/projects?api-version=7.1").status()).isEqualTo(401);
    }

    @Test
    void deniedConsentRedirectsWithAccessDenied() throws Exception {
      ado.oauth().consentAs(null);

      assertThat(authorize()).containsEntry("error", "access_denied").doesNotContainKey("code");
    }

    @Test
    void anUnknownClientGetsAnErrorPage() {
      Client.Answer answer =
          web.get(
              "_hosts/login/common/oauth2/v2.0/authorize?client_id=nope&response_type=code&redirect_uri="
                  + CALLBACK);

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.body()).contains("AADSTS700016");
    }
  }

  @Nested
  class ServicePrincipals {
    @Test
    void clientCredentialsGiveATokenForTheOrganizationsThePrincipalWasAddedTo() {
      OAuthRegistry.ServicePrincipal sp =
          ado.oauth().registerServicePrincipal(null, null, "adolink", List.of("fabrikam"));

      JsonNode tokens =
          web.postForm(
                  "_hosts/login/" + OAuth.tenantId() + "/oauth2/v2.0/token",
                  form(
                      "grant_type",
                      "client_credentials",
                      "client_id",
                      sp.clientId(),
                      "client_secret",
                      sp.secret(),
                      "scope",
                      "499b84ac-1321-427f-aa17-267ca6975798/.default"))
              .json();
      Client bearer =
          web.bearer(tokens.path("access_token").asString())
              .header("X-TFS-FedAuthRedirect", "Suppress");

      assertThat(tokens.has("refresh_token")).isFalse();
      assertThat(bearer.get("fabrikam/_apis/projects?api-version=7.1").status()).isEqualTo(200);
      assertThat(bearer.get("contoso/_apis/projects?api-version=7.1").status()).isEqualTo(401);
    }

    @Test
    void aWrongSecretIsInvalidClient() {
      OAuthRegistry.ServicePrincipal sp =
          ado.oauth().registerServicePrincipal(null, null, "adolink", List.of("fabrikam"));

      Client.Answer answer =
          web.postForm(
              "_hosts/login/common/oauth2/v2.0/token",
              form(
                  "grant_type",
                  "client_credentials",
                  "client_id",
                  sp.clientId(),
                  "client_secret",
                  "wrong"));

      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.json().path("error").asString()).isEqualTo("invalid_client");
    }
  }

  @Nested
  class LegacyAzureDevOpsOAuth {
    OAuthRegistry.App app;

    @BeforeEach
    void register() {
      app =
          ado.oauth()
              .registerApp(
                  OAuthRegistry.Kind.LEGACY,
                  null,
                  null,
                  false,
                  List.of(CALLBACK),
                  "vso.code vso.work_write");
    }

    private String code() {
      Client.Answer redirect =
          web.get(
              "_hosts/app.vssps/oauth2/authorize?client_id="
                  + app.clientId()
                  + "&response_type=Assertion&state=s1&scope=vso.code&redirect_uri="
                  + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8));
      assertThat(redirect.status()).isEqualTo(302);
      return query(redirect.header("Location")).get("code");
    }

    private String tokenForm(String grant, String assertion) {
      return form(
          "client_assertion_type",
          LegacyOAuthArea.ASSERTION_TYPE,
          "client_assertion",
          app.secret(),
          "grant_type",
          grant,
          "assertion",
          assertion,
          "redirect_uri",
          CALLBACK);
    }

    @Test
    void exchangesTheCodeWithTheJwtBearerAssertionAndRefreshes() {
      JsonNode tokens =
          web.postForm(
                  "_hosts/app.vssps/oauth2/token", tokenForm(LegacyOAuthArea.JWT_BEARER, code()))
              .json();
      JsonNode refreshed =
          web.postForm(
                  "_hosts/app.vssps/oauth2/token",
                  tokenForm("refresh_token", tokens.path("refresh_token").asString()))
              .json();

      assertThat(tokens.path("expires_in").isString()).isTrue();
      assertThat(tokens.path("token_type").asString()).isEqualTo("jwt-bearer");
      assertThat(refreshed.path("refresh_token").asString())
          .isNotEqualTo(tokens.path("refresh_token").asString());
      assertThat(
              web.bearer(refreshed.path("access_token").asString())
                  .get("fabrikam/_apis/projects?api-version=7.1")
                  .status())
          .isEqualTo(200);
    }

    @Test
    void aTokenRequestThatIsNotFormEncodedIs400() {
      assertThat(
              web.post("_hosts/app.vssps/oauth2/token", Map.of("grant_type", "refresh_token"))
                  .status())
          .isEqualTo(400);
    }
  }

  @Nested
  class GlobalHost {
    Client alice;

    @BeforeEach
    void login() {
      alice = web.pat(ado.pats("fabrikam").get(0).token());
    }

    @Test
    void profileAccountsAndResourceAreasLeadToTheOrganization() {
      JsonNode me = alice.get("_hosts/app.vssps/_apis/profile/profiles/me?api-version=7.1").json();
      JsonNode accounts =
          alice
              .get(
                  "_hosts/app.vssps/_apis/accounts?memberId="
                      + me.path("id").asString()
                      + "&api-version=7.1")
              .json();
      String fabrikamId = ado.organization("fabrikam").id().toString();
      JsonNode core =
          web.get(
                  "_hosts/app.vssps/_apis/resourceAreas/79134C72-4A58-4B42-976C-04E7115F32BF?hostId="
                      + fabrikamId
                      + "&api-preview=5.0-preview.1")
              .json();

      assertThat(me.path("emailAddress").asString()).isEqualTo("alice@example.com");
      assertThat(accounts.path("value").findValuesAsString("accountName"))
          .containsExactlyInAnyOrder("fabrikam", "onprem");
      assertThat(core.path("locationUrl").asString()).isEqualTo(ado.baseUrl() + "fabrikam/");
    }

    @Test
    void resourceAreasPointToTheEmulatorsHosts() {
      JsonNode graph = web.get("fabrikam/_apis/resourceAreas/graph").json();

      assertThat(graph.path("locationUrl").asString())
          .isEqualTo(ado.hostUrl("fabrikam", Host.VSSPS));
      assertThat(graph.path("locationUrl").asString())
          .isEqualTo(ado.baseUrl() + "_hosts/vssps/fabrikam/");
    }

    @Test
    void anAzureDevOpsServerOrganizationHasEveryAreaOnItsOwnHost() {
      JsonNode graph =
          web.get("onprem/_apis/resourceAreas/bb1e7ec9-e901-4b68-999a-de7012b920f8").json();

      assertThat(graph.path("locationUrl").asString()).isEqualTo(ado.baseUrl() + "onprem/");
    }

    @Test
    void optionsListsTheResourceLocationsSdksLookUp() {
      JsonNode git = web.send("OPTIONS", "fabrikam/_apis/git", null, null).json();
      JsonNode graph = web.send("OPTIONS", "_hosts/vssps/fabrikam/_apis", null, null).json();

      assertThat(git.path("value").findValuesAsString("id"))
          .contains("c2570c3b-5b3f-41b8-98bf-5407bfde8d58", "6400dfb2-0bcb-462b-b992-5a57f8f1416c");
      assertThat(git.path("value").findValuesAsString("area")).containsOnly("git");
      assertThat(graph.path("value").findValuesAsString("resourceName"))
          .containsExactly("Subjects", "SubjectLookup", "SubjectQuery", "Identities", "Users");
    }

    @Test
    void connectionDataNamesTheAuthenticatedUser() {
      JsonNode data = alice.get("fabrikam/_apis/connectionData").json();

      assertThat(data.at("/authenticatedUser/subjectDescriptor").asString()).startsWith("aad.");
      assertThat(data.path("instanceId").asString())
          .isEqualTo(ado.organization("fabrikam").id().toString());
    }
  }
}
