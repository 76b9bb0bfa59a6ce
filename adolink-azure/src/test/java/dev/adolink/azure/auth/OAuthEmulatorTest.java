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
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bearer tokens from the emulator's OAuth endpoints: refresh before expiry and after a 401. */
@Disabled("emulator: OAuth endpoints (/_hosts/login, /_hosts/app.vssps/oauth2) not yet served")
class OAuthEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  private final AzureDevOps client = ado.client();
  private final List<TokenSet> stored = new ArrayList<>();

  private EntraApp entra() {
    return new EntraApp(
        URI.create(ado.emulator().baseUrl() + "_hosts/login/"),
        "organizations",
        "adolink",
        "secret");
  }

  /** Signs Alice in through the authorize endpoint and exchanges the code it redirects with. */
  private TokenSet signIn(EntraApp app) {
    String code =
        ado.authorize(app.authorizeUrl("https://adolink.example/cb", "st"), EmulatedAdo.ALICE);
    return client.oauth().exchange(app, code, "https://adolink.example/cb");
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
    TokenSet expired =
        new TokenSet("expired", "revoked-refresh-token", ado.emulator().clock().instant());
    Organization org =
        client.organization(ado.url(created), OAuthCredentials.entra(expired, app, stored::add));

    assertThatThrownBy(() -> org.core().processes())
        .isInstanceOf(ReauthorizationRequiredException.class);
    assertThat(stored).isEmpty();
  }

  @Test
  void aServicePrincipalGetsItsTokenWithClientCredentials() {
    Admin.CreatedOrganization created = ado.organization();
    Organization org =
        client.organization(
            ado.url(created),
            ServicePrincipal.of(
                new EntraApp(entra().authority(), created.id().toString(), "sp-app", "sp-secret")));

    assertThat(org.core().processes()).isNotEmpty();
    assertThat(ado.sent().get(0).bodyText()).contains("grant_type=client_credentials");
  }
}
