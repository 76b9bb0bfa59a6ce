package dev.adolink.server.web;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * How every form of the issue page is handled: the caller must be a member, the action runs, and
 * then the browser goes back to the issue page (post/redirect/get), or, when the action was
 * refused, the page is shown again with the API's errors next to the form and the values typed.
 */
@Component
class IssueForms {

  /** What a form does once the caller and the issue are known. */
  interface Action {
    void run(Membership caller, Issue issue);
  }

  /** Whose form, on which issue: {@code org} is the organization's slug, {@code id} the issue's. */
  record Target(AuthenticatedUser user, String org, String id) {}

  /**
   * A form of the issue page.
   *
   * @param name the form's name, to show its errors next to it
   * @param reopen what the page shows again when the action is refused (e.g. the create form)
   * @param submitted the values typed, shown again when refused
   * @param anchor where the redirect lands on the page after success
   */
  record Form(
      String name, IssuePageModel.Request reopen, Map<String, String> submitted, String anchor) {

    static Form of(String name, String anchor) {
      return new Form(name, IssuePageModel.Request.none(), Map.of(), anchor);
    }

    Form typed(Map<String, String> values) {
      return new Form(name, reopen, values, anchor);
    }

    Form reopening(IssuePageModel.Request request) {
      return new Form(name, request, submitted, anchor);
    }
  }

  private final OrganizationAccess access;
  private final IssueService issues;
  private final IssuePageModel page;

  IssueForms(OrganizationAccess access, IssueService issues, IssuePageModel page) {
    this.access = access;
    this.issues = issues;
    this.page = page;
  }

  static String path(String org, Issue issue) {
    return "/organizations/" + org + "/issues/" + issue.id() + "/";
  }

  String submit(
      Target target, Form form, Model model, HttpServletResponse response, Action action) {
    Membership caller = access.require(target.user(), target.org(), Role.MEMBER);
    Issue issue = issues.get(caller.organization().id(), target.id());
    try {
      action.run(caller, issue);
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      Issue current = issues.get(caller.organization().id(), issue.id());
      return page.render(
          model,
          caller,
          target.user().id(),
          current,
          form.reopen(),
          FormErrors.of(form.name(), e),
          form.submitted());
    }
    return "redirect:" + path(target.org(), issue) + form.anchor();
  }
}
