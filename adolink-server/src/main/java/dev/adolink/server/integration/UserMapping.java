package dev.adolink.server.integration;

import dev.adolink.azure.identity.Identity;
import dev.adolink.server.tracker.UserRef;
import java.time.Instant;

/**
 * An explicit pair of an installation: this tracker user is this ADO identity, in both directions
 * (wins over matching by email).
 */
public record UserMapping(long id, UserRef user, Identity ado, Instant createdAt) {

  /** Whether an identity from ADO names this mapping's ADO side. */
  boolean matches(Identity identity) {
    if (identity.id() != null && ado.id() != null) {
      return identity.id().equalsIgnoreCase(ado.id());
    }
    if (identity.email() != null) {
      return ado.email() != null && identity.email().equalsIgnoreCase(ado.email());
    }
    return identity.displayName() != null
        && ado.email() == null
        && identity.displayName().equalsIgnoreCase(ado.displayName());
  }
}
