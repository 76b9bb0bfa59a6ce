package dev.adolink.server.integration;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.auth.BearerToken;
import dev.adolink.azure.auth.OAuthCredentials;
import dev.adolink.azure.auth.TokenSet;
import dev.adolink.azure.profile.Profile;
import dev.adolink.azure.profile.ProfileApi;
import dev.adolink.server.integration.InstallationRepository.Row;
import dev.adolink.server.system.ApiException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The ADO side of the browser install: code exchange, the user's organizations, the install. */
@Component
class OAuthInstaller {

  /** Who signed in and which ADO organizations they belong to. */
  record SignedIn(
      TokenSet tokens, @Nullable String displayName, List<OAuthSetup.Account> accounts) {}

  private final AzureDevOps azure;
  private final InstallationClients clients;
  private final OrganizationCheck organizationCheck;
  private final InstallService installs;
  private final CallbackUrls callbackUrls;

  OAuthInstaller(
      AzureDevOps azure,
      InstallationClients clients,
      OrganizationCheck organizationCheck,
      InstallService installs,
      CallbackUrls callbackUrls) {
    this.azure = azure;
    this.clients = clients;
    this.organizationCheck = organizationCheck;
    this.installs = installs;
    this.callbackUrls = callbackUrls;
  }

  /** Exchanges the code (with the PKCE verifier), then lists profile → accounts by member id. */
  SignedIn signIn(String code, String verifier) {
    TokenSet tokens =
        azure.oauth().exchange(clients.entraApp(), code, callbackUrls.setupCallback(), verifier);
    ProfileApi profiles = azure.profile(BearerToken.of(tokens.accessToken()));
    Profile profile = profiles.me();
    return new SignedIn(
        tokens,
        profile.displayName(),
        profiles.accounts(profile.id()).stream()
            .map(account -> new OAuthSetup.Account(account.accountId(), account.accountName()))
            .toList());
  }

  /** Installs the chosen ADO organization with the user's tokens (refreshed ones if any). */
  Row install(long organizationId, TokenSet tokens, OAuthSetup.Account account) {
    AtomicReference<TokenSet> latest = new AtomicReference<>(tokens);
    OAuthCredentials credentials = OAuthCredentials.entra(tokens, clients.entraApp(), latest::set);
    String url =
        azure
            .profile(credentials)
            .organizationUrl(account.id())
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "Azure DevOps does not know the URL of " + account.name() + "."));
    ConnectedOrganization connected = organizationCheck.connect(url, credentials, "account");
    return installs.install(
        organizationId, AuthKind.OAUTH, connected, StoredCredentials.oauth(latest.get()));
  }
}
