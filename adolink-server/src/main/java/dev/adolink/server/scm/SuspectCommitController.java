package dev.adolink.server.scm;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * An issue's suspect commits and suggested assignees, and a project's ownership setting (Sentry's
 * {@code autoAssignment}: assign new issues to the author of their top suspect commit).
 */
@RestController
class SuspectCommitController {

  static final String AUTO_ASSIGN = "Auto Assign to Suspect Commits";
  static final String OFF = "Turn off Auto-Assignment";

  record AuthorJson(@Nullable String name, @Nullable String email) {}

  record CommitJson(
      String id,
      @Nullable String message,
      AuthorJson author,
      @Nullable Instant dateCreated,
      @Nullable String url,
      String repository) {}

  record SuspectJson(CommitJson commit, List<String> files, int score, int frames) {
    static SuspectJson of(SuspectCommit c) {
      return new SuspectJson(
          new CommitJson(
              c.sha(),
              c.message(),
              new AuthorJson(c.authorName(), c.authorEmail()),
              c.authoredAt(),
              c.url(),
              c.repository()),
          c.files(),
          c.score(),
          c.frames());
    }
  }

  record AssigneeJson(
      String type, String id, String email, String name, String reason, String commit) {
    static AssigneeJson of(SuggestedAssignee a) {
      return new AssigneeJson(
          "user",
          String.valueOf(a.user().id()),
          a.user().email(),
          a.user().name(),
          a.reason(),
          a.commit());
    }
  }

  record OwnershipJson(String autoAssignment) {}

  record StatusJson(String status, String detail) {}

  private final OrganizationAccess access;
  private final IssueService issues;
  private final ProjectService projects;
  private final SuspectCommits suspects;

  SuspectCommitController(
      OrganizationAccess access,
      IssueService issues,
      ProjectService projects,
      SuspectCommits suspects) {
    this.access = access;
    this.issues = issues;
    this.projects = projects;
    this.suspects = suspects;
  }

  @GetMapping("/api/0/organizations/{org}/issues/{issueId}/suspect-commits/")
  List<SuspectJson> suspectCommits(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String issueId) {
    Issue issue = issue(user, org, issueId);
    return suspects.of(issue).stream().map(SuspectJson::of).toList();
  }

  /** Whether the issue's suspect commits were looked for, and why it has none if so. */
  @GetMapping("/api/0/organizations/{org}/issues/{issueId}/suspect-commits/status/")
  StatusJson status(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String issueId) {
    SuspectStatus status = suspects.status(issue(user, org, issueId));
    return new StatusJson(status.name().toLowerCase(java.util.Locale.ROOT), status.sentence());
  }

  @GetMapping("/api/0/organizations/{org}/issues/{issueId}/suggested-assignees/")
  List<AssigneeJson> suggestedAssignees(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String issueId) {
    Issue issue = issue(user, org, issueId);
    return suspects.suggestedAssignees(issue).stream().map(AssigneeJson::of).toList();
  }

  @GetMapping("/api/0/projects/{org}/{project}/ownership/")
  OwnershipJson ownership(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return json(projects.require(caller.organization(), project));
  }

  @PutMapping("/api/0/projects/{org}/{project}/ownership/")
  OwnershipJson setOwnership(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @RequestBody JsonNode body) {
    Membership caller = access.require(user, org, Role.MANAGER);
    Project target = projects.require(caller.organization(), project);
    JsonNode value = body.path("autoAssignment");
    if (!value.isString() || !List.of(AUTO_ASSIGN, OFF).contains(value.asString())) {
      throw ApiException.invalid(
          "autoAssignment", "must be \"" + AUTO_ASSIGN + "\" or \"" + OFF + "\"");
    }
    suspects.autoAssign(target, AUTO_ASSIGN.equals(value.asString()));
    return json(target);
  }

  private OwnershipJson json(Project project) {
    return new OwnershipJson(suspects.autoAssigns(project) ? AUTO_ASSIGN : OFF);
  }

  private Issue issue(AuthenticatedUser user, String org, String issueId) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return issues.get(caller.organization().id(), issueId);
  }
}
