package dev.adolink.server.integration;

import dev.adolink.server.tracker.Members;
import dev.adolink.server.tracker.UserRef;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The tracker users that an installation's explicit user mappings pair with an ADO person named by
 * email, else by display name: e.g. the author of a commit whose Git email is not the member's.
 */
@Service
public class MappedUsers {

  private final UserMappings mappings;
  private final Members members;

  MappedUsers(UserMappings mappings, Members members) {
    this.mappings = mappings;
    this.members = members;
  }

  /** The member of the organization that the installation maps this ADO person to. */
  public Optional<UserRef> member(
      long organizationId, long installationId, @Nullable String email, @Nullable String name) {
    return mappings.list(installationId).stream()
        .filter(
            m ->
                (email != null && email.equalsIgnoreCase(m.ado().email()))
                    || (name != null && name.equalsIgnoreCase(m.ado().displayName())))
        .findFirst()
        .flatMap(m -> members.byId(organizationId, m.user().id()));
  }
}
