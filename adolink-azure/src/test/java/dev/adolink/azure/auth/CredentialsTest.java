package dev.adolink.azure.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.error.ReauthorizationRequiredException;
import dev.adolink.azure.testing.TestTime;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  private final TestTime time = TestTime.startingAt("2026-01-01T00:00:00Z");

  /** Answers token requests with numbered tokens and records the forms. */
  private final class TokenEndpoint implements AuthContext {
    final List<Map<String, String>> forms = new ArrayList<>();
    final List<URI> endpoints = new ArrayList<>();
    FormResponse next;

    @Override
    public Clock clock() {
      return time;
    }

    @Override
    public FormResponse postForm(URI endpoint, Map<String, String> form) {
      endpoints.add(endpoint);
      forms.add(form);
      if (next != null) {
        return next;
      }
      int n = forms.size();
      return new FormResponse(
          200,
          "application/json",
          "{\"access_token\":\"at"
              + n
              + "\",\"refresh_token\":\"rt"
              + n
              + "\",\"expires_in\":3600}");
    }
  }

  private final TokenEndpoint endpoint = new TokenEndpoint();
  private final List<TokenSet> stored = new ArrayList<>();
  private final EntraApp entra =
      new EntraApp(URI.create("https://login.example/"), "tenant-1", "client-1", "secret-1");

  @Test
  void aPatIsSentAsBasicWithAnEmptyUserAndNeverShown() {
    PersonalAccessToken pat = PersonalAccessToken.of("pat-123");

    assertThat(pat.authorization(endpoint)).isEqualTo("Basic OnBhdC0xMjM=");
    assertThat(pat.renewAfterRejection("Basic OnBhdC0xMjM=", endpoint)).isFalse();
    assertThat(pat.toString()).doesNotContain("pat-123");
  }

  @Nested
  class OAuth {

    private OAuthCredentials credentials(Instant expiresAt) {
      return OAuthCredentials.entra(new TokenSet("at0", "rt0", expiresAt), entra, stored::add);
    }

    @Test
    void usesTheStoredTokenWhileItIsValid() {
      OAuthCredentials credentials = credentials(time.instant().plus(Duration.ofHours(1)));

      assertThat(credentials.authorization(endpoint)).isEqualTo("Bearer at0");
      assertThat(endpoint.forms).isEmpty();
    }

    @Test
    void refreshesShortlyBeforeExpiryAndReportsTheNewTokens() {
      OAuthCredentials credentials = credentials(time.instant().plus(Duration.ofSeconds(90)));

      assertThat(credentials.authorization(endpoint)).isEqualTo("Bearer at1");

      assertThat(endpoint.endpoints)
          .containsExactly(URI.create("https://login.example/tenant-1/oauth2/v2.0/token"));
      assertThat(endpoint.forms.get(0))
          .containsEntry("grant_type", "refresh_token")
          .containsEntry("refresh_token", "rt0")
          .containsEntry("client_id", "client-1")
          .containsEntry("client_secret", "secret-1");
      assertThat(stored).extracting(TokenSet::refreshToken).containsExactly("rt1");
    }

    @Test
    void theLegacyServiceIsRefreshedWithTheJwtBearerAssertion() {
      AzureDevOpsOAuthApp app =
          new AzureDevOpsOAuthApp(
              URI.create("https://vssps.example/"), "app-1", "app-secret", "https://cb/");
      OAuthCredentials credentials =
          OAuthCredentials.azureDevOps(
              new TokenSet("at0", "rt0", time.instant()), app, stored::add);

      credentials.authorization(endpoint);

      assertThat(endpoint.forms.get(0))
          .containsEntry(
              "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
          .containsEntry("client_assertion", "app-secret")
          .containsEntry("grant_type", "refresh_token")
          .containsEntry("assertion", "rt0")
          .containsEntry("redirect_uri", "https://cb/");
      assertThat(endpoint.endpoints)
          .containsExactly(URI.create("https://vssps.example/oauth2/token"));
    }

    @Test
    void buildsTheAuthorizeUrlsOfBothServices() {
      AzureDevOpsOAuthApp legacy =
          new AzureDevOpsOAuthApp(
              URI.create("https://vssps.example"), "app-1", "s", "https://cb/x");

      assertThat(legacy.authorizeUrl("st 1", List.of("vso.code", "vso.work_write")))
          .hasToString(
              "https://vssps.example/oauth2/authorize?client_id=app-1&response_type=Assertion"
                  + "&state=st%201&scope=vso.code%20vso.work_write&redirect_uri=https%3A%2F%2Fcb%2Fx");
      assertThat(entra.authorizeUrl("https://cb/x", "st"))
          .hasToString(
              "https://login.example/tenant-1/oauth2/v2.0/authorize?client_id=client-1"
                  + "&response_type=code&redirect_uri=https%3A%2F%2Fcb%2Fx&response_mode=query"
                  + "&scope=499b84ac-1321-427f-aa17-267ca6975798%2F.default%20offline_access"
                  + "&state=st&prompt=consent");
    }

    @Test
    void renewsOnceAfterARejectionButNotForATokenAlreadyReplaced() {
      OAuthCredentials credentials = credentials(time.instant().plus(Duration.ofHours(1)));

      assertThat(credentials.renewAfterRejection("Bearer at0", endpoint)).isTrue();
      assertThat(credentials.renewAfterRejection("Bearer at0", endpoint)).isTrue();

      assertThat(endpoint.forms).hasSize(1);
      assertThat(credentials.authorization(endpoint)).isEqualTo("Bearer at1");
    }

    @Test
    void aRefusedRefreshAsksForReauthorization() {
      OAuthCredentials credentials = credentials(time.instant());
      endpoint.next =
          new AuthContext.FormResponse(400, "application/json", "{\"error\":\"invalid_grant\"}");

      assertThatThrownBy(() -> credentials.authorization(endpoint))
          .isInstanceOf(ReauthorizationRequiredException.class);
      assertThat(stored).isEmpty();
    }

    @Test
    void neverShowsTokensOrSecrets() {
      assertThat(credentials(time.instant()).toString()).doesNotContain("at0", "rt0", "secret-1");
      assertThat(new TokenSet("at0", "rt0", time.instant()).toString())
          .doesNotContain("at0", "rt0");
      assertThat(entra.toString()).doesNotContain("secret-1");
    }
  }

  @Nested
  class ServicePrincipals {

    @Test
    void acquiresATokenWithClientCredentialsAndReusesItUntilItExpires() {
      ServicePrincipal principal = ServicePrincipal.of(entra);

      assertThat(principal.authorization(endpoint)).isEqualTo("Bearer at1");
      time.advance(Duration.ofMinutes(30));
      assertThat(principal.authorization(endpoint)).isEqualTo("Bearer at1");
      time.advance(Duration.ofMinutes(29));
      assertThat(principal.authorization(endpoint)).isEqualTo("Bearer at2");

      assertThat(endpoint.forms.get(0))
          .containsEntry("grant_type", "client_credentials")
          .containsEntry("scope", "499b84ac-1321-427f-aa17-267ca6975798/.default");
    }
  }
}
