package dev.adolink.azure.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.Organization;
import dev.adolink.azure.error.ReauthorizationRequiredException;
import dev.adolink.azure.testing.EmulatedAdo;
import dev.adolink.azure.testing.EmulatedAdo.Logged;
import dev.adolink.azure.testing.RecordingHttpClient.Sent;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.oauth.OAuth;
import dev.adolink.emulator.oauth.OAuthRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bearer tokens from the emulator's OAuth endpoints: refresh before expiry and after a 401. */
class OAuthEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  private static final String CALLBACK = "https://adolink.example/cb";

  private final AzureDevOps client = ado.client();
  private final List<TokenSet> stored = new ArrayList<>();

  private URI host(String path) {
    return URI.create(ado.emulator().baseUrl() + path);
  }

  private EntraApp entra() {
    ado.emulator()
        .oauth()
        .registerApp(OAuthRegistry.Kind.ENTRA, "adolink", "secret", false, List.of(CALLBACK), null);
    ado.emulator().oauth().consentAs(EmulatedAdo.ALICE);
    return new EntraApp(host("_hosts/login/"), "organizations", "adolink", "secret");
  }

  private AzureDevOpsOAuthApp legacy() {
    ado.emulator()
        .oauth()
        .registerApp(
            OAuthRegistry.Kind.LEGACY,
            "legacy-app",
            "legacy-secret",
            false,
            List.of(CALLBACK),
            null);
    ado.emulator().oauth().consentAs(EmulatedAdo.ALICE);
    return new AzureDevOpsOAuthApp(
        host("_hosts/app.vssps/"), "legacy-app", "legacy-secret", CALLBACK);
  }

  /** Signs Alice in through the authorize endpoint and exchanges the code it redirects with. */
  private TokenSet signIn(EntraApp app) {
    String code = ado.authorize(app.authorizeUrl(CALLBACK, "st"));
    return client.oauth().exchange(app, code, CALLBACK);
  }

  private TokenSet expiringNow(TokenSet tokens) {
    return new TokenSet(
        tokens.accessToken(), tokens.refreshToken(), ado.emulator().clock().instant());
  }

  @Test
  void exchangesACodeOnlyWithTheVerifierOfItsPkceChallenge() throws Exception {
    ado.organization();
    EntraApp app = entra();
    String verifier = "a-verifier-of-at-least-forty-three-characters-0123456789";
    String challenge =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    URI consent = app.authorizeUrl(CALLBACK, "st", challenge);
    assertThat(consent.getQuery())
        .contains("code_challenge=" + challenge)
        .contains("code_challenge_method=S256");

    String forged = ado.authorize(app.authorizeUrl(CALLBACK, "st", challenge));
    assertThatThrownBy(() -> client.oauth().exchange(app, forged, CALLBACK, "another-verifier"))
        .isInstanceOf(ReauthorizationRequiredException.class);
    TokenSet tokens = client.oauth().exchange(app, ado.authorize(consent), CALLBACK, verifier);

    assertThat(tokens.accessToken()).isNotBlank();
    assertThat(ado.sent())
        .filteredOn(s -> s.path().endsWith("/oauth2/v2.0/token"))
        .last()
        .satisfies(s -> assertThat(s.bodyText()).contains("code_verifier=" + verifier));
  }

  @Test
  void refreshesAnEntraTokenBeforeItExpiresAndHandsTheNewOnesToTheCaller() {
    Admin.CreatedOrganization created = ado.organization();
    EntraApp app = entra();
    TokenSet tokens = signIn(app);
    Organization org =
        client.organization(ado.url(created), OAuthCredentials.entra(tokens, app, stored::add));

    org.core().processes();
    ado.time()
        .advance(
            Duration.between(ado.emulator().clock().instant(), tokens.expiresAt())
                .minusSeconds(30));
    org.core().processes();

    assertThat(stored)
        .singleElement()
        .satisfies(t -> assertThat(t.accessToken()).isNotEqualTo(tokens.accessToken()));
    List<Sent> sent = ado.sent();
    assertThat(sent).filteredOn(s -> s.path().endsWith("/oauth2/v2.0/token")).hasSize(2);
    assertThat(sent.get(sent.size() - 1).header("Authorization"))
        .contains("Bearer " + stored.get(0).accessToken());
    assertThat(ado.requests())
        .filteredOn(l -> l.path().contains("/_apis/"))
        .extracting(Logged::status)
        .containsOnly(200);
  }

  @Test
  void aRevokedRefreshTokenAsksForReauthorization() {
    Admin.CreatedOrganization created = ado.organization();
    EntraApp app = entra();
    TokenSet tokens = signIn(app);
    ado.emulator().oauth().revokeRefreshToken(tokens.refreshToken());
    Organization org =
        client.organization(
            ado.url(created), OAuthCredentials.entra(expiringNow(tokens), app, stored::add));

    assertThatThrownBy(() -> org.core().processes())
        .isInstanceOf(ReauthorizationRequiredException.class)
        .hasMessageContaining("invalid_grant")
        .hasMessageNotContaining(tokens.refreshToken());
    assertThat(stored).isEmpty();
    assertThat(ado.requests()).noneMatch(l -> l.path().contains("/_apis/"));
  }

  @Test
  void anAccessTokenRevokedEarlyIsRenewedOnceAfterThe401() {
    Admin.CreatedOrganization created = ado.organization();
    EntraApp app = entra();
    TokenSet tokens = signIn(app);
    Organization org =
        client.organization(ado.url(created), OAuthCredentials.entra(tokens, app, stored::add));
    org.core().processes();
    ado.emulator().oauth().revokeAll(EmulatedAdo.ALICE);

    assertThatThrownBy(() -> org.core().processes())
        .isInstanceOf(ReauthorizationRequiredException.class);
    assertThat(ado.requests())
        .filteredOn(l -> l.path().contains("/_apis/"))
        .extracting(Logged::status)
        .containsExactly(200, 401);
  }

  @Test
  void refreshesALegacyAzureDevOpsTokenWithTheJwtBearerAssertion() {
    Admin.CreatedOrganization created = ado.organization();
    AzureDevOpsOAuthApp app = legacy();
    String code =
        ado.authorize(app.authorizeUrl("st", List.of("vso.code", "vso.work_write", "vso.graph")));
    TokenSet tokens = client.oauth().exchange(app, code);
    Organization org =
        client.organization(
            ado.url(created), OAuthCredentials.azureDevOps(expiringNow(tokens), app, stored::add));

    assertThat(org.core().processes()).isNotEmpty();

    assertThat(stored)
        .singleElement()
        .satisfies(t -> assertThat(t.refreshToken()).isNotEqualTo(tokens.refreshToken()));
    assertThat(ado.sent())
        .filteredOn(s -> s.path().endsWith("/oauth2/token"))
        .last()
        .satisfies(
            s ->
                assertThat(s.bodyText())
                    .contains("grant_type=refresh_token")
                    .contains("assertion="));
  }

  @Test
  void aServicePrincipalGetsItsTokenWithClientCredentials() {
    Admin.CreatedOrganization created = ado.organization();
    ado.emulator()
        .oauth()
        .registerServicePrincipal("sp-app", "sp-secret", "Deployer", List.of(created.name()));
    EntraApp principal =
        new EntraApp(host("_hosts/login/"), OAuth.tenantId().toString(), "sp-app", "sp-secret");
    Organization org = client.organization(ado.url(created), ServicePrincipal.of(principal));

    assertThat(org.core().processes()).isNotEmpty();
    assertThat(ado.sent().get(0).bodyText()).contains("grant_type=client_credentials");
    assertThat(ado.sent().get(1).header("Authorization"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer "));
  }
}
