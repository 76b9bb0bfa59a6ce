package dev.adolink.server.scm;

import dev.adolink.server.integration.MappedUsers;
import dev.adolink.server.tracker.Members;
import dev.adolink.server.tracker.UserRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The authors of an issue's suspect commits as members of its organization, best commit first: by
 * the commit's author email, else through the user mappings of the repository's installation.
 */
@Component
class SuggestedAssignees {

  static final String REASON = "authored a suspect commit";

  private final Members members;
  private final MappedUsers mapped;

  SuggestedAssignees(Members members, MappedUsers mapped) {
    this.members = members;
    this.mapped = mapped;
  }

  List<SuggestedAssignee> of(long organizationId, List<SuspectCommit> suspects) {
    List<SuggestedAssignee> suggested = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (SuspectCommit commit : suspects) {
      Optional<UserRef> byEmail =
          commit.authorEmail() == null
              ? Optional.empty()
              : members.byEmail(organizationId, commit.authorEmail());
      Optional<UserRef> user =
          byEmail.isPresent()
              ? byEmail
              : mapped.member(
                  organizationId,
                  commit.installationId(),
                  commit.authorEmail(),
                  commit.authorName());
      if (user.isPresent() && seen.add(user.get().id())) {
        String how = byEmail.isPresent() ? "" : ", matched through the Azure DevOps user mapping";
        suggested.add(
            new SuggestedAssignee(
                user.get(), REASON + " (" + commit.shortSha() + how + ")", commit.sha()));
      }
    }
    return suggested;
  }
}
