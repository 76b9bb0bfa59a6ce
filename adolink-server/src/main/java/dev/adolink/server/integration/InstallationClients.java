package dev.adolink.server.integration;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.AzureDevOpsOAuthApp;
import dev.adolink.azure.auth.Credentials;
import dev.adolink.azure.auth.EntraApp;
import dev.adolink.azure.auth.OAuthCredentials;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.auth.ServicePrincipal;
import dev.adolink.azure.auth.TokenListener;
import dev.adolink.server.integration.InstallationRepository.Row;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the ADO client of each installation and keeps it while its stored credentials do not
 * change, so that one OAuth token is refreshed once, by one thread, and stored right away.
 * Refreshed tokens and pauses are written in their own transaction: they must stick even when the
 * caller's work rolls back.
 */
@Component
class InstallationClients {

  private static final Logger log = LoggerFactory.getLogger(InstallationClients.class);

  private record Cached(String baseUrl, Organization organization, InstallationCredentials creds) {}

  private final AzureDevOps azure;
  private final InstallationRepository repository;
  private final CredentialVault vault;
  private final AzureProperties properties;
  private final CallbackUrls callbackUrls;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final ConcurrentMap<Long, Cached> cache = new ConcurrentHashMap<>();

  InstallationClients(
      AzureDevOps azure,
      InstallationRepository repository,
      CredentialVault vault,
      AzureProperties properties,
      CallbackUrls callbackUrls,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.azure = azure;
    this.repository = repository;
    this.vault = vault;
    this.properties = properties;
    this.callbackUrls = callbackUrls;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  Organization client(Row row) {
    Installation installation = row.installation();
    if (installation.isPaused()) {
      throw paused(installation.id(), Objects.toString(installation.pausedReason(), "paused"));
    }
    Cached cached = cache.get(installation.id());
    if (cached != null
        && cached.creds().version() == row.credentialsVersion()
        && cached.baseUrl().equals(installation.baseUrl())) {
      return cached.organization();
    }
    InstallationCredentials credentials =
        new InstallationCredentials(
            this,
            installation.id(),
            installation.authKind(),
            row.credentialsVersion(),
            vault.open(Objects.requireNonNull(row.sealedCredentials(), "no stored credentials")));
    Organization organization = azure.organization(installation.baseUrl(), credentials);
    cache.put(installation.id(), new Cached(installation.baseUrl(), organization, credentials));
    return organization;
  }

  /** Forgets the client of an installation whose credentials changed or that was removed. */
  void forget(long installationId) {
    cache.remove(installationId);
  }

  Credentials delegate(InstallationCredentials owner, StoredCredentials stored) {
    return switch (owner.kind()) {
      case PAT -> PersonalAccessToken.of(Objects.requireNonNull(stored.pat()));
      case SERVICE_PRINCIPAL ->
          ServicePrincipal.of(
              new EntraApp(
                  properties.entraAuthority(),
                  Objects.requireNonNull(stored.tenantId()),
                  Objects.requireNonNull(stored.clientId()),
                  Objects.requireNonNull(stored.clientSecret())));
      case OAUTH -> OAuthCredentials.entra(stored.tokens(), entraApp(), persisting(owner));
      case OAUTH_LEGACY ->
          OAuthCredentials.azureDevOps(stored.tokens(), legacyApp(), persisting(owner));
    };
  }

  EntraApp entraApp() {
    return new EntraApp(
        properties.entraAuthority(),
        properties.entraTenant(),
        Objects.toString(properties.clientId(), ""),
        Objects.toString(properties.clientSecret(), ""));
  }

  private AzureDevOpsOAuthApp legacyApp() {
    return new AzureDevOpsOAuthApp(
        properties.vsspsUrl(),
        Objects.toString(properties.legacyClientId(), ""),
        Objects.toString(properties.legacyClientSecret(), ""),
        callbackUrls.setupCallback());
  }

  /** Stores every refreshed token set at once: the old refresh token may no longer work. */
  private TokenListener persisting(InstallationCredentials owner) {
    return tokens -> {
      String sealed = vault.seal(StoredCredentials.oauth(tokens));
      ownTransaction
          .execute(
              status ->
                  repository.updateCredentials(
                      owner.installationId(), sealed, owner.version(), clock.instant()))
          .ifPresentOrElse(
              owner::stored,
              () ->
                  log.info(
                      "installation {}: credentials changed while refreshing; keeping the newer",
                      owner.installationId()));
    };
  }

  /** True when newer credentials were stored meanwhile (and are now in use). */
  boolean reloadNewer(InstallationCredentials owner) {
    Row row =
        ownTransaction.execute(status -> repository.find(owner.installationId()).orElse(null));
    if (row == null
        || row.installation().isPaused()
        || row.sealedCredentials() == null
        || row.credentialsVersion() <= owner.version()) {
      return false;
    }
    owner.reload(row.credentialsVersion(), vault.open(row.sealedCredentials()));
    return true;
  }

  /** Marks the installation {@code needs_reauth} and returns what to throw. */
  InstallationPausedException pause(InstallationCredentials owner, String reason) {
    Boolean paused =
        ownTransaction.execute(
            status ->
                repository.pause(owner.installationId(), reason, owner.version(), clock.instant()));
    if (Boolean.TRUE.equals(paused)) {
      log.warn("installation {} paused: {}", owner.installationId(), reason);
    }
    forget(owner.installationId());
    return paused(owner.installationId(), reason);
  }

  /** Pauses an installation for a reason found outside the credentials (e.g. a 401 in a job). */
  InstallationPausedException pause(Row row, String reason) {
    ownTransaction.executeWithoutResult(
        status ->
            repository.pause(
                row.installation().id(), reason, row.credentialsVersion(), clock.instant()));
    forget(row.installation().id());
    return paused(row.installation().id(), reason);
  }

  InstallationPausedException paused(long installationId, String reason) {
    return new InstallationPausedException(installationId, reason, properties.pausedRetryDelay());
  }
}
