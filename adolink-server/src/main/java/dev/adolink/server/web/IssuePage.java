package dev.adolink.server.web;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.CommentService;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.tracker.IssueUpdate;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The issue page ({@code /organizations/{org}/issues/{id}/}, also the back-link written into work
 * items) and its forms for status, assignee and comments, each building the service's command.
 */
@Controller
class IssuePage {

  static final String PATH = "/organizations/{org}/issues/{id}/";

  private final OrganizationAccess access;
  private final IssueService issues;
  private final CommentService comments;
  private final IssuePageModel page;
  private final IssueForms forms;

  IssuePage(
      OrganizationAccess access,
      IssueService issues,
      CommentService comments,
      IssuePageModel page,
      IssueForms forms) {
    this.access = access;
    this.issues = issues;
    this.comments = comments;
    this.page = page;
    this.forms = forms;
  }

  @GetMapping(PATH)
  String show(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable Long integration,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String project,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String query,
      Model model) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Issue issue = issues.get(caller.organization().id(), id);
    var request = new IssuePageModel.Request(integration, action, project, type, query);
    return page.render(model, caller, user.id(), issue, request, null, Map.of());
  }

  /** Resolve, unresolve, ignore ({@code status}) or assign ({@code assignedTo}, blank: nobody). */
  @PostMapping(PATH + "update")
  String update(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String assignedTo,
      @RequestParam(defaultValue = "false") boolean assign,
      Model model,
      HttpServletResponse response) {
    return forms.submit(
        new IssueForms.Target(user, org, id),
        IssueForms.Form.of("update", ""),
        model,
        response,
        (caller, issue) ->
            issues.update(
                caller.organization().id(),
                issue.id(),
                update(status, assign, assignedTo),
                ChangeSource.user(user.id())));
  }

  /** The form's command: a status, an assignment (a blank assignee is nobody), or both. */
  static IssueUpdate update(@Nullable String status, boolean assign, @Nullable String assignedTo) {
    IssueUpdate update =
        new IssueUpdate(
            status == null ? null : IssueStatus.parse("status", status),
            !assign
                ? null
                : new IssueUpdate.Assignment(
                    assignedTo == null || assignedTo.isBlank() ? null : assignedTo));
    if (update.isEmpty()) {
      throw ApiException.badRequest("Choose a status or an assignee.");
    }
    return update;
  }

  @PostMapping(PATH + "comments")
  String comment(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String text,
      Model model,
      HttpServletResponse response) {
    String typed = text == null ? "" : text;
    return forms.submit(
        new IssueForms.Target(user, org, id),
        IssueForms.Form.of("comment", "#comments").typed(Map.of("text", typed)),
        model,
        response,
        (caller, issue) -> comments.add(issue, user.id(), typed, ChangeSource.user(user.id())));
  }

  @PostMapping(PATH + "comments/{commentId}")
  String editComment(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @PathVariable long commentId,
      @RequestParam(required = false) @Nullable String text,
      Model model,
      HttpServletResponse response) {
    String typed = text == null ? "" : text;
    return forms.submit(
        new IssueForms.Target(user, org, id),
        IssueForms.Form.of("comment-" + commentId, "#comments").typed(Map.of("text", typed)),
        model,
        response,
        (caller, issue) -> {
          comments.requireChangeableBy(issue, commentId, caller, user.id());
          comments.edit(issue, commentId, typed, ChangeSource.user(user.id()));
        });
  }

  @PostMapping(PATH + "comments/{commentId}/delete")
  String deleteComment(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @PathVariable long commentId,
      Model model,
      HttpServletResponse response) {
    return forms.submit(
        new IssueForms.Target(user, org, id),
        IssueForms.Form.of("comment-" + commentId, "#comments"),
        model,
        response,
        (caller, issue) -> {
          comments.requireChangeableBy(issue, commentId, caller, user.id());
          comments.delete(issue, commentId, ChangeSource.user(user.id()));
        });
  }
}
