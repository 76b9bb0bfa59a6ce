package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations and their members; the UI and the API call the same methods. */
@Service
public class OrganizationService {

  private final OrganizationRepository organizations;
  private final Accounts accounts;
  private final Clock clock;

  OrganizationService(OrganizationRepository organizations, Accounts accounts, Clock clock) {
    this.organizations = organizations;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Any user may create an organization and becomes its owner. */
  @Transactional
  public OrgRef create(AuthenticatedUser creator, SlugAndName request) {
    String slug = request.slug();
    if (organizations.slugExists(slug)) {
      throw ApiException.conflict("slug", "is already taken");
    }
    long id = organizations.insert(slug, request.name(), clock.instant());
    organizations.insertMember(id, creator.id(), Role.OWNER, clock.instant());
    return new OrgRef(id, slug, request.name());
  }

  /** Every organization for a superuser, else those the user is a member of. */
  public List<OrgRef> visibleTo(AuthenticatedUser user) {
    return user.superuser() ? organizations.listAll() : organizations.listForUser(user.id());
  }

  /**
   * Adds a user to the organization (a {@code @Valid} request): the role must be one of {@link
   * Role}'s, a blank name becomes the email.
   */
  @Transactional
  public Member addMember(Membership caller, NewMember request) {
    Role role =
        Wire.parse(Role.class, request.role())
            .orElseThrow(() -> ApiException.invalid("role", Wire.oneOf(Role.class)));
    String name =
        request.name() == null || request.name().isBlank() ? request.email() : request.name();
    return addMember(caller, request.email(), name, role, request.password());
  }

  /**
   * Adds a user to the organization, creating the user when the email is new. The password only
   * applies to a new user: adding an existing user to an organization never changes their password.
   */
  @Transactional
  Member addMember(
      Membership caller, String email, String name, Role role, @Nullable String password) {
    if (role == Role.OWNER && caller.role() != Role.OWNER) {
      throw ApiException.forbidden("Only owners can add owners");
    }
    long organizationId = caller.organization().id();
    UserRef user =
        accounts
            .findByEmail(email)
            .orElseGet(() -> accounts.createUser(email, name, password, false));
    if (organizations.isMember(organizationId, user.id())) {
      throw ApiException.conflict("email", "is already a member of this organization");
    }
    organizations.insertMember(organizationId, user.id(), role, clock.instant());
    return new Member(user, role, clock.instant());
  }

  public List<Member> members(OrgRef organization) {
    return organizations.members(organization.id());
  }
}
