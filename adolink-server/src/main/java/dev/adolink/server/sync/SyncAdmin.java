package dev.adolink.server.sync;

import dev.adolink.azure.identity.Identity;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.UserMapping;
import dev.adolink.server.integration.UserMappings;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Members;
import dev.adolink.server.tracker.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * What owners and managers see and set of an installation's sync, for the API and the UI alike: the
 * sync log and the user mappings (the webhook deliveries are {@code webhooks.Deliveries}). Callers
 * pass an installation already checked against the caller's organization.
 */
@Service
public class SyncAdmin {

  /**
   * One sync action, as the log shows it ({@code direction}, {@code field}, {@code result} wire).
   */
  public record LogLine(
      String direction,
      @Nullable Long issueId,
      int workItemId,
      String field,
      @Nullable String oldValue,
      @Nullable String newValue,
      String result,
      @Nullable String error,
      Instant createdAt,
      @Nullable SyncActor actor,
      @Nullable String sentence) {

    static LogLine of(SyncLog.Stored stored) {
      SyncLog.Entry entry = stored.entry();
      return new LogLine(
          entry.direction().wire(),
          entry.issueId(),
          entry.workItemId(),
          entry.field().wire(),
          entry.oldValue(),
          entry.newValue(),
          entry.result().wire(),
          entry.error(),
          stored.createdAt(),
          entry.actor(),
          entry.sentence());
    }
  }

  private final SyncLog log;
  private final Members members;
  private final UserMappings mappings;
  private final SyncUsers users;
  private final Clock clock;

  SyncAdmin(SyncLog log, Members members, UserMappings mappings, SyncUsers users, Clock clock) {
    this.log = log;
    this.members = members;
    this.mappings = mappings;
    this.users = users;
    this.clock = clock;
  }

  /** Newest first; {@code issueId} null for every issue. */
  public List<LogLine> log(Installation installation, @Nullable Long issueId, int limit) {
    return log.list(installation.id(), issueId, null, limit).stream().map(LogLine::of).toList();
  }

  public List<UserMapping> userMappings(Installation installation) {
    return mappings.list(installation.id());
  }

  /**
   * Maps a member to an ADO identity, replacing the member's previous mapping.
   *
   * @param user the member's email or id
   * @param adoIdentity {@code "Name <email>"}, an email, or an identity object
   */
  @Transactional
  public UserMapping mapUser(Installation installation, JsonNode user, JsonNode adoIdentity) {
    UserRef member = member(installation, user);
    Identity ado =
        Identity.from(adoIdentity)
            .filter(identity -> identity.email() != null || identity.id() != null)
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "adoIdentity",
                        "must be \"Name <email>\", an email, or an identity object with"
                            + " uniqueName or id"));
    if (ado.email() != null
        && users.known(installation, ado.email()).filter(known -> !known).isPresent()) {
      throw ApiException.invalid(
          "adoIdentity",
          ado.email()
              + " is not a user of the Azure DevOps organization "
              + installation.name()
              + ": check the address, or add the user there first");
    }
    Optional<UserMapping> taken =
        mappings.forIdentity(installation.id(), ado).filter(m -> m.user().id() != member.id());
    if (taken.isPresent()) {
      throw ApiException.conflict(
          "adoIdentity", "is already mapped to " + taken.get().user().email());
    }
    long mappingId = mappings.save(installation.id(), member.id(), ado, clock.instant());
    users.forget(installation.id());
    return mappings.list(installation.id()).stream()
        .filter(m -> m.id() == mappingId)
        .findFirst()
        .orElseThrow();
  }

  @Transactional
  public void unmapUser(Installation installation, long mappingId) {
    if (!mappings.delete(installation.id(), mappingId)) {
      throw ApiException.notFound("User mapping " + mappingId + " not found");
    }
    users.forget(installation.id());
  }

  private UserRef member(Installation installation, JsonNode user) {
    Optional<UserRef> found = Optional.empty();
    if (user.isIntegralNumber() && user.canConvertToLong()) {
      found = members.byId(installation.organizationId(), user.asLong());
    } else if (user.isString() && user.asString().strip().matches("\\d{1,18}")) {
      found = members.byId(installation.organizationId(), Long.parseLong(user.asString().strip()));
    } else if (user.isString() && !user.asString().isBlank()) {
      found = members.byEmail(installation.organizationId(), user.asString().strip());
    }
    return found.orElseThrow(
        () -> ApiException.invalid("user", "must be the email or id of a member"));
  }
}
