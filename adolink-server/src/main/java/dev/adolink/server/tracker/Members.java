package dev.adolink.server.tracker;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Looks up the members of an organization for features that act on their behalf (e.g. sync matching
 * an Azure DevOps identity to a tracker user). Emails are compared case-insensitively.
 */
@Service
public class Members {

  private final OrganizationRepository organizations;
  private final UserRepository users;

  Members(OrganizationRepository organizations, UserRepository users) {
    this.organizations = organizations;
    this.users = users;
  }

  /** The member of the organization with this email. */
  public Optional<UserRef> byEmail(long organizationId, String email) {
    return organizations.findMember(organizationId, Accounts.normalizeEmail(email));
  }

  /** The user with this id, if they are a member of the organization. */
  public Optional<UserRef> byId(long organizationId, long userId) {
    return users
        .findById(userId)
        .map(UserRepository.StoredUser::user)
        .filter(user -> organizations.isMember(organizationId, user.id()));
  }
}
