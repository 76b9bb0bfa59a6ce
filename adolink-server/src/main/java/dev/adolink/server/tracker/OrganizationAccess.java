package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The check every organization-scoped endpoint starts with. An organization the caller is not a
 * member of does not exist for them (404, so its slug is not revealed); a member below the required
 * role gets 403. Superusers act as owners everywhere.
 */
@Service
public class OrganizationAccess {

  private final OrganizationRepository organizations;

  OrganizationAccess(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  public Membership require(AuthenticatedUser user, String organizationSlug, Role required) {
    OrganizationRepository.OrgForUser found =
        organizations
            .findForUser(organizationSlug, user.id())
            .orElseThrow(() -> notFound(organizationSlug));
    Role role = user.superuser() ? Role.OWNER : found.role();
    if (role == null) {
      throw notFound(organizationSlug);
    }
    if (!role.includes(required)) {
      throw ApiException.forbidden(
          "This action needs the role " + required.wire() + " or higher in " + organizationSlug);
    }
    return new Membership(found.organization(), role);
  }

  /** By id, for work done outside a request (jobs); no membership check. */
  public Optional<OrgRef> organization(long id) {
    return organizations.find(id);
  }

  private static ApiException notFound(String slug) {
    return ApiException.notFound("Organization '" + slug + "' not found");
  }
}
