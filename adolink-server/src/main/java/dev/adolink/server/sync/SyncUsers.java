package dev.adolink.server.sync;

import dev.adolink.azure.identity.Identity;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.QuickAsk;
import dev.adolink.server.integration.UserMapping;
import dev.adolink.server.integration.UserMappings;
import dev.adolink.server.tracker.Members;
import dev.adolink.server.tracker.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Matches people across the two sides: an ADO identity (from a payload: {@code "Name <email>"}, a
 * bare email or an identity object) to a member of the installation's tracker organization, and a
 * tracker user to an ADO identity. An explicit user mapping wins; then the email (for ADO users: a
 * graph lookup, remembered for an hour, a miss for five minutes).
 */
@Component
class SyncUsers {

  private static final Duration FOUND_TTL = Duration.ofHours(1);
  private static final Duration MISSING_TTL = Duration.ofMinutes(5);

  private record Key(long installationId, String email) {}

  private record Cached(Optional<Identity> identity, Instant until) {}

  private final UserMappings mappings;
  private final Members members;
  private final Installations installations;
  private final Clock clock;
  private final ConcurrentMap<Key, Cached> lookups = new ConcurrentHashMap<>();

  private final QuickAsk quick;

  SyncUsers(
      UserMappings mappings,
      Members members,
      Installations installations,
      QuickAsk quick,
      Clock clock) {
    this.quick = quick;
    this.mappings = mappings;
    this.members = members;
    this.installations = installations;
    this.clock = clock;
  }

  /**
   * Whether the installation's ADO organization has a user with this email; empty when ADO could
   * not be asked in time ({@link QuickAsk}).
   */
  Optional<Boolean> known(Installation installation, String email) {
    return quick.ask(
        "ADO user " + email,
        () -> installations.client(installation).graph().findUserByEmail(email).isPresent());
  }

  /** The member of the installation's organization this ADO identity is. */
  Optional<UserRef> trackerUser(Installation installation, Identity identity) {
    Optional<UserMapping> mapped = mappings.forIdentity(installation.id(), identity);
    if (mapped.isPresent()) {
      return members.byId(installation.organizationId(), mapped.get().user().id());
    }
    return identity.email() == null
        ? Optional.empty()
        : members.byEmail(installation.organizationId(), identity.email());
  }

  /**
   * The ADO identity of a tracker user: the mapped one, else the graph user with the user's email.
   *
   * @throws dev.adolink.azure.error.AzureDevOpsException when the lookup failed
   */
  Optional<Identity> adoIdentity(Installation installation, UserRef user) {
    Optional<UserMapping> mapped = mappings.forUser(installation.id(), user.id());
    if (mapped.isPresent()) {
      return Optional.of(mapped.get().ado());
    }
    Key key = new Key(installation.id(), user.email().toLowerCase(Locale.ROOT));
    Instant now = clock.instant();
    Cached cached = lookups.get(key);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.identity();
    }
    Optional<Identity> found =
        installations.client(installation).graph().findUserByEmail(user.email());
    lookups.put(key, new Cached(found, now.plus(found.isPresent() ? FOUND_TTL : MISSING_TTL)));
    return found;
  }

  /** What to write into {@code System.AssignedTo}: the email (ADO resolves it), else the name. */
  static String fieldValue(Identity identity) {
    return identity.email() != null ? identity.email() : identity.asFieldValue();
  }

  /** Forgets graph lookups of an installation (after its mappings changed). */
  void forget(long installationId) {
    lookups.keySet().removeIf(key -> key.installationId() == installationId);
  }
}
