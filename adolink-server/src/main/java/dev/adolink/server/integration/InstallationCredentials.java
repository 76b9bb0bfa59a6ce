package dev.adolink.server.integration;

import dev.adolink.azure.auth.AuthContext;
import dev.adolink.azure.auth.Credentials;
import dev.adolink.azure.error.ReauthorizationRequiredException;

/**
 * The credentials of one installation as the client sees them. Refused refreshes and rejected PATs
 * do not surface as ADO errors: the installation is marked {@code needs_reauth} and an {@link
 * InstallationPausedException} is thrown, so jobs wait instead of failing in a loop. Before giving
 * up it looks whether another thread or server instance stored newer credentials (refresh tokens
 * rotate: only one refresh of a token can succeed).
 */
final class InstallationCredentials implements Credentials {

  private final InstallationClients owner;
  private final long installationId;
  private final AuthKind kind;
  private volatile long version;
  private volatile Credentials delegate;

  InstallationCredentials(
      InstallationClients owner,
      long installationId,
      AuthKind kind,
      long version,
      StoredCredentials stored) {
    this.owner = owner;
    this.installationId = installationId;
    this.kind = kind;
    this.version = version;
    this.delegate = owner.delegate(this, stored);
  }

  long installationId() {
    return installationId;
  }

  AuthKind kind() {
    return kind;
  }

  long version() {
    return version;
  }

  void stored(long newVersion) {
    this.version = newVersion;
  }

  /** Newer stored credentials replace the ones in use. */
  void reload(long newVersion, StoredCredentials stored) {
    this.delegate = owner.delegate(this, stored);
    this.version = newVersion;
  }

  @Override
  public String authorization(AuthContext context) {
    try {
      return delegate.authorization(context);
    } catch (ReauthorizationRequiredException refused) {
      if (owner.reloadNewer(this)) {
        try {
          return delegate.authorization(context);
        } catch (ReauthorizationRequiredException again) {
          throw owner.pause(this, refusedRefresh(again));
        }
      }
      throw owner.pause(this, refusedRefresh(refused));
    }
  }

  @Override
  public boolean renewAfterRejection(String rejected, AuthContext context) {
    if (kind == AuthKind.PAT) {
      if (owner.reloadNewer(this)) {
        return true;
      }
      throw owner.pause(
          this,
          "Azure DevOps rejected the personal access token (HTTP 401): it expired, was revoked or"
              + " lacks a scope. Enter a new token to resume.");
    }
    try {
      return delegate.renewAfterRejection(rejected, context);
    } catch (ReauthorizationRequiredException refused) {
      if (owner.reloadNewer(this)) {
        return true;
      }
      throw owner.pause(this, refusedRefresh(refused));
    }
  }

  private String refusedRefresh(ReauthorizationRequiredException e) {
    String detail = e.serverMessage() != null ? e.serverMessage() : e.typeKey();
    return (kind == AuthKind.SERVICE_PRINCIPAL
            ? "Entra ID refused the service principal's credentials"
            : "Azure DevOps refused to refresh the access token")
        + (detail == null ? "" : " (" + detail + ")")
        + ". Re-authorize the installation to resume.";
  }

  @Override
  public String toString() {
    return "InstallationCredentials[installation=" + installationId + ", " + kind.wire() + "]";
  }
}
