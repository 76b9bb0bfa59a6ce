package dev.adolink.server.integration;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Installations over the API: install with a PAT or service principal, read, re-authorize, remove.
 */
@RestController
class IntegrationController {

  private static final String BASE = "/api/0/organizations/{org}/integrations/";

  private final OrganizationAccess access;
  private final InstallationAdmin admin;

  IntegrationController(OrganizationAccess access, InstallationAdmin admin) {
    this.access = access;
    this.admin = admin;
  }

  @PostMapping(BASE + "azure-devops/")
  @ResponseStatus(HttpStatus.CREATED)
  InstallationJson install(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestBody InstallRequest body) {
    return InstallationJson.of(admin.install(organization(user, org, Role.MANAGER), body));
  }

  @GetMapping(BASE)
  List<InstallationJson> list(
      @AuthenticationPrincipal AuthenticatedUser user, @PathVariable String org) {
    return admin.list(organization(user, org, Role.MEMBER)).stream()
        .map(InstallationJson::of)
        .toList();
  }

  @GetMapping(BASE + "{id}/")
  InstallationJson get(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    return InstallationJson.of(admin.get(organization(user, org, Role.MEMBER), id));
  }

  /** Re-authorizes with a new PAT or service principal secret; resumes a paused installation. */
  @PutMapping(BASE + "{id}/")
  InstallationJson reauthorize(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestBody InstallRequest body) {
    return InstallationJson.of(admin.reauthorize(organization(user, org, Role.MANAGER), id, body));
  }

  @DeleteMapping(BASE + "{id}/")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void uninstall(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    admin.uninstall(organization(user, org, Role.MANAGER), id);
  }

  @PostMapping(BASE + "{id}/health-check/")
  Map<String, List<SubscriptionCheck>> healthCheck(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    return Map.of("subscriptions", admin.healthCheck(organization(user, org, Role.MANAGER), id));
  }

  private long organization(AuthenticatedUser user, String org, Role role) {
    Membership caller = access.require(user, org, role);
    return caller.organization().id();
  }
}
