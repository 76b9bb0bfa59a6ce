package dev.adolink.server.integration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An Azure DevOps organization connected to a tracker organization. A snapshot: read it again
 * (through {@link Installations}) rather than keeping it across jobs.
 *
 * @param id the installation (integration) id used in URLs and by other features
 * @param organizationId the tracker organization
 * @param adoOrganizationId the ADO organization id (a GUID), {@code
 *     resourceContainers.collection.id} in deliveries
 * @param name the ADO organization's name
 * @param baseUrl its base URL as ADO reports it, ending with {@code /} (Sentry's {@code
 *     domainName})
 * @param pausedReason why outbound work is paused, while {@code status} is {@code NEEDS_REAUTH}
 */
public record Installation(
    long id,
    long organizationId,
    String adoOrganizationId,
    String name,
    String baseUrl,
    AuthKind authKind,
    Status status,
    @Nullable String pausedReason,
    Instant createdAt) {

  public enum Status {
    /** working */
    ACTIVE,
    /** credentials refused (a failed refresh, a revoked PAT): outbound work waits */
    NEEDS_REAUTH;

    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public boolean isPaused() {
    return status == Status.NEEDS_REAUTH;
  }
}
