package dev.adolink.server.web;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.IssueSearch;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An organization's issues, filtered by project, status and text as the API filters them. */
@Controller
class IssueListPage {

  private static final int LIMIT = 200;

  private final OrganizationAccess access;
  private final ProjectService projects;
  private final IssueService issues;

  IssueListPage(OrganizationAccess access, ProjectService projects, IssueService issues) {
    this.access = access;
    this.projects = projects;
    this.issues = issues;
  }

  @GetMapping("/organizations/{org}/issues/")
  String list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(required = false) @Nullable String project,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String query,
      Model model) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Long projectId = project == null ? null : projects.require(caller.organization(), project).id();
    IssueSearch search = IssueSearch.parse(projectId, query, status, LIMIT);
    model.addAttribute("org", caller.organization());
    model.addAttribute("projects", projects.list(caller.organization()));
    model.addAttribute("statuses", IssueStatus.values());
    model.addAttribute("project", project);
    model.addAttribute("status", status);
    model.addAttribute("query", query);
    model.addAttribute("issues", issues.search(caller.organization().id(), search));
    model.addAttribute("limit", LIMIT);
    return "web/issues";
  }
}
