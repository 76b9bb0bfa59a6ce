package dev.adolink.server.sync;

import dev.adolink.azure.identity.Identity;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.UserMapping;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import dev.adolink.server.tracker.UserRef;
import java.time.Instant;
import java.util.List;
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
    static MappingJson of(UserMapping mapping) {
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
  private final SyncAdmin admin;

  UserMappingController(OrganizationAccess access, Installations installations, SyncAdmin admin) {
    this.access = access;
    this.installations = installations;
    this.admin = admin;
  }

  @GetMapping(PATH)
  List<MappingJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    Installation installation = installation(user, org, id);
    return admin.userMappings(installation).stream().map(MappingJson::of).toList();
  }

  @PostMapping(PATH)
  @ResponseStatus(HttpStatus.CREATED)
  MappingJson create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestBody JsonNode body) {
    Installation installation = installation(user, org, id);
    return MappingJson.of(admin.mapUser(installation, body.path("user"), body.path("adoIdentity")));
  }

  @DeleteMapping(PATH + "{mappingId}/")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @PathVariable long mappingId) {
    admin.unmapUser(installation(user, org, id), mappingId);
  }

  private Installation installation(AuthenticatedUser user, String org, long id) {
    Membership caller = access.require(user, org, Role.MANAGER);
    return installations.require(caller.organization().id(), id);
  }
}
