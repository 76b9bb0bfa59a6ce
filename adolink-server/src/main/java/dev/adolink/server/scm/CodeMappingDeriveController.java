package dev.adolink.server.scm;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/0/organizations/{org}/code-mappings/derive/ {frame, url, project?}}: a code
 * mapping proposed from the Azure Repos address of a frame's file ({@link MappingProposals});
 * saving it is the ordinary {@code POST .../code-mappings/} with the proposal's fields.
 */
@RestController
class CodeMappingDeriveController {

  private final OrganizationAccess access;
  private final MappingProposals proposals;

  CodeMappingDeriveController(OrganizationAccess access, MappingProposals proposals) {
    this.access = access;
    this.proposals = proposals;
  }

  @PostMapping("/api/0/organizations/{org}/code-mappings/derive/")
  MappingProposal derive(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @RequestBody DeriveRequest body) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return proposals.propose(caller.organization(), body);
  }
}
