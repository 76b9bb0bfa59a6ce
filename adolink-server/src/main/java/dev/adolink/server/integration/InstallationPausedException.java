package dev.adolink.server.integration;

import dev.adolink.server.jobs.RetryLater;
import java.time.Duration;

/**
 * Azure DevOps work for this installation has to wait until a user re-authorizes it (the
 * installation is {@code needs_reauth}). Thrown by {@link Installations#client} and by calls made
 * with its client; a job that lets it escape runs again later without using up an attempt.
 */
public class InstallationPausedException extends RetryLater {

  private final long installationId;

  InstallationPausedException(long installationId, String reason, Duration retryAfter) {
    super("Azure DevOps installation " + installationId + " is paused: " + reason, retryAfter);
    this.installationId = installationId;
  }

  public long installationId() {
    return installationId;
  }
}
