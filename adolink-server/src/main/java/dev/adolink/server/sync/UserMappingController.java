package dev.adolink.server.sync;

import dev.adolink.azure.identity.Identity;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Members;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import dev.adolink.server.tracker.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/0/organizations/{org}/integrations/{id}/user-mappings/}: explicit tracker user ↔ ADO
 * identity pairs (owner or manager). POST {@code {user: <member email or id>, adoIdentity: "Name
 * <email>" | "email" | {id, displayName, uniqueName, descriptor}}} maps the user, replacing their
 * previous mapping; DELETE {@code .../user-mappings/{mappingId}/} removes one.
 */
@RestController
class UserMappingController {

  private static final String PATH = "/api/0/organizations/{org}/integrations/{id}/user-mappings/";

  record UserJson(String id, String email, String name) {}

  record IdentityJson(
      @Nullable String id,
      @Nullable String displayName,
      @Nullable String email,
      @Nullable String descriptor) {}

  record MappingJson(String id, UserJson user, IdentityJson adoIdentity, Instant dateCreated) {
    static MappingJson of(UserMappings.UserMapping mapping) {
      UserRef user = mapping.user();
      Identity ado = mapping.ado();
      return new MappingJson(
          String.valueOf(mapping.id()),
          new UserJson(String.valueOf(user.id()), user.email(), user.name()),
          new IdentityJson(ado.id(), ado.displayName(), ado.email(), ado.descriptor()),
          mapping.createdAt());
    }
  }

  private final OrganizationAccess access;
  private final Installations installations;
  private final Members members;
  private final UserMappings mappings;
  private final SyncUsers users;
  private final Clock clock;

  UserMappingController(
      OrganizationAccess access,
      Installations installations,
      Members members,
      UserMappings mappings,
      SyncUsers users,
      Clock clock) {
    this.access = access;
    this.installations = installations;
    this.members = members;
    this.mappings = mappings;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping(PATH)
  List<MappingJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    Installation installation = installation(user, org, id);
    return mappings.list(installation.id()).stream().map(MappingJson::of).toList();
  }

  @PostMapping(PATH)
  @ResponseStatus(HttpStatus.CREATED)
  MappingJson create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestBody JsonNode body) {
    Installation installation = installation(user, org, id);
    UserRef member = member(installation, body.path("user"));
    Identity ado =
        Identity.from(body.path("adoIdentity"))
            .filter(identity -> identity.email() != null || identity.id() != null)
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "adoIdentity",
                        "must be \"Name <email>\", an email, or an identity object with"
                            + " uniqueName or id"));
    Optional<UserMappings.UserMapping> taken =
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
        .map(MappingJson::of)
        .orElseThrow();
  }

  @DeleteMapping(PATH + "{mappingId}/")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @PathVariable long mappingId) {
    Installation installation = installation(user, org, id);
    if (!mappings.delete(installation.id(), mappingId)) {
      throw ApiException.notFound("User mapping " + mappingId + " not found");
    }
    users.forget(installation.id());
  }

  private Installation installation(AuthenticatedUser user, String org, long id) {
    Membership caller = access.require(user, org, Role.MANAGER);
    return installations.require(caller.organization().id(), id);
  }

  private UserRef member(Installation installation, JsonNode user) {
    Optional<UserRef> found = Optional.empty();
    if (user.isNumber() || (user.isString() && user.asString().matches("\\d{1,18}"))) {
      found = members.byId(installation.organizationId(), Long.parseLong(user.asString()));
    } else if (user.isString() && !user.asString().isBlank()) {
      found = members.byEmail(installation.organizationId(), user.asString());
    }
    return found.orElseThrow(
        () -> ApiException.invalid("user", "must be the email or id of a member"));
  }
}
