package dev.adolink.server.system;

import java.util.Optional;

/**
 * Checks credentials against the users the tracker stores. Security lives here in {@code system};
 * users live in {@code tracker}, which implements this, so neither package depends on the other's
 * classes in both directions.
 */
public interface UserAuthenticator {

  /** The user owning this raw API token, if it is a valid one. */
  Optional<AuthenticatedUser> byApiToken(String token);

  /** The user with this email and password, if both match. */
  Optional<AuthenticatedUser> byPassword(String email, String password);
}
