package dev.adolink.server.tracker;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.TrackerJson.MemberJson;
import dev.adolink.server.tracker.TrackerJson.OrganizationJson;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganizationController {

  private final OrganizationService organizations;
  private final OrganizationAccess access;

  OrganizationController(OrganizationService organizations, OrganizationAccess access) {
    this.organizations = organizations;
    this.access = access;
  }

  @PostMapping("/api/0/organizations/")
  @ResponseStatus(HttpStatus.CREATED)
  OrganizationJson create(
      @AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody SlugAndName body) {
    return OrganizationJson.of(organizations.create(user, body));
  }

  @GetMapping("/api/0/organizations/")
  List<OrganizationJson> list(@AuthenticationPrincipal AuthenticatedUser user) {
    return organizations.visibleTo(user).stream().map(OrganizationJson::of).toList();
  }

  @GetMapping("/api/0/organizations/{org}/")
  OrganizationJson get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String org) {
    return OrganizationJson.of(access.require(user, org, Role.MEMBER).organization());
  }

  @PostMapping("/api/0/organizations/{org}/members/")
  @ResponseStatus(HttpStatus.CREATED)
  MemberJson addMember(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @RequestBody NewMember body) {
    Membership caller = access.require(user, org, Role.MANAGER);
    return MemberJson.of(organizations.addMember(caller, body));
  }

  @GetMapping("/api/0/organizations/{org}/members/")
  List<MemberJson> members(
      @AuthenticationPrincipal AuthenticatedUser user, @PathVariable String org) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return organizations.members(caller.organization()).stream().map(MemberJson::of).toList();
  }
}
