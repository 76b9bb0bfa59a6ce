package dev.adolink.emulator.auth;

import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.util.Optional;
import java.util.UUID;

/**
 * The authenticated caller of a request.
 *
 * @param organizationScope present for a PAT scoped to one organization; empty for "all accessible
 *     organizations" and for OAuth tokens
 */
public record Principal(User user, Method method, Optional<UUID> organizationScope) {

  /** How the caller authenticated. */
  public enum Method {
    PAT,
    BEARER
  }

  /**
   * Whether the caller may use {@code org}: a member, and the credential is not scoped elsewhere.
   */
  public boolean mayAccess(Organization org) {
    return organizationScope.map(org.id()::equals).orElse(true) && org.isMember(user);
  }
}
