package dev.adolink.server.web;

import dev.adolink.server.ingest.IssueEvents;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.Markdown;
import dev.adolink.server.tracker.Comment;
import dev.adolink.server.tracker.CommentService;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationService;
import dev.adolink.server.workitems.FormField;
import dev.adolink.server.workitems.IssueWorkItems;
import dev.adolink.server.workitems.RuleIssueFailures;
import dev.adolink.server.workitems.WorkItemSearch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the issue page: the issue, its work items, comments and activity, and, when asked for, the
 * create form of one integration (read from ADO) or the link form with search results.
 */
@Component
class IssuePageModel {

  /**
   * What the page shows besides the issue.
   *
   * @param action {@code create} or {@code link}: the form of {@code integration} to open
   * @param project the ADO project the create form is asked for ({@code type} likewise)
   * @param query words to search work items with (link form)
   */
  record Request(
      @Nullable Long integration,
      @Nullable String action,
      @Nullable String project,
      @Nullable String type,
      @Nullable String query) {

    static Request none() {
      return new Request(null, null, null, null, null);
    }
  }

  record CommentView(Comment comment, boolean changeable) {

    /** The comment's Markdown as sanitized HTML. */
    public String html() {
      return Markdown.html(comment.text());
    }
  }

  /** The create form's choices are read from ADO again after this long. */
  private static final Duration KEEP_FORM = Duration.ofMinutes(2);

  private static final Duration KEEP_SEARCH = Duration.ofSeconds(30);

  private final IssueService issues;
  private final CommentService comments;
  private final OrganizationService organizations;
  private final Installations installations;
  private final IssueWorkItems workItems;
  private final IssueCodeModel code;
  private final IssueEvents events;
  private final IssueReleasesModel releases;
  private final WorkItemPanel panel;
  private final RuleIssueFailures ruleFailures;
  private final AdoAnswers answers;
  private final PendingActions pending;

  IssuePageModel(
      IssueService issues,
      CommentService comments,
      OrganizationService organizations,
      Installations installations,
      IssueWorkItems workItems,
      IssueCodeModel code,
      IssueEvents events,
      IssueReleasesModel releases,
      WorkItemPanel panel,
      RuleIssueFailures ruleFailures,
      AdoAnswers answers,
      PendingActions pending) {
    this.pending = pending;
    this.panel = panel;
    this.ruleFailures = ruleFailures;
    this.answers = answers;
    this.events = events;
    this.releases = releases;
    this.issues = issues;
    this.comments = comments;
    this.organizations = organizations;
    this.installations = installations;
    this.workItems = workItems;
    this.code = code;
  }

  /**
   * @param submitted the values of a refused form, shown again instead of the defaults
   */
  String render(
      Model model,
      Membership caller,
      long userId,
      Issue issue,
      Request request,
      @Nullable FormErrors errors,
      Map<String, String> submitted) {
    List<Installation> integrations = installations.ofOrganization(caller.organization().id());
    model.addAttribute("org", caller.organization());
    model.addAttribute("issue", issue);
    model.addAttribute("workItems", panel.views(issue));
    model.addAttribute("ruleFailures", ruleFailures.ofIssue(issue.id()));
    model.addAttribute("pendingActions", pending.notes(issue.id()));
    model.addAttribute("integrations", integrations);
    model.addAttribute("members", organizations.members(caller.organization()));
    model.addAttribute(
        "comments",
        comments.list(issue).stream()
            .map(c -> new CommentView(c, comments.changeableBy(c, caller, userId)))
            .toList());
    model.addAttribute(
        "activities", issues.activities(issue).stream().map(ActivityLine::of).toList());
    code.fill(model, issue);
    releases.fill(model, issue);
    model.addAttribute("latestEvent", events.latest(issue).map(EventView::of).orElse(null));
    model.addAttribute("users", events.users(issue));
    model.addAttribute("request", request);
    model.addAttribute("errors", errors);
    model.addAttribute("submitted", submitted);
    Installation chosen =
        request.integration() == null
            ? null
            : integrations.stream()
                .filter(i -> i.id() == request.integration())
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Integration not found"));
    model.addAttribute("chosen", chosen);
    if (chosen != null && "create".equals(request.action())) {
      createForm(model, caller, issue, chosen, request, errors);
    }
    if (chosen != null && "link".equals(request.action()) && request.query() != null) {
      String query = request.query();
      AdoAnswers.Answer<List<WorkItemSearch.Result>> found =
          answers.ask(
              "search:" + chosen.id() + ":" + query.strip(),
              KEEP_SEARCH,
              () -> workItems.search(chosen, query));
      if (found.value() != null) {
        model.addAttribute("results", found.value());
      } else if (found.late()) {
        model.addAttribute("adoLate", "link");
      } else {
        model.addAttribute("errors", FormErrors.of("link", apiException(found.failure())));
      }
    }
    return "web/issue";
  }

  private void createForm(
      Model model,
      Membership caller,
      Issue issue,
      Installation chosen,
      Request request,
      @Nullable FormErrors errors) {
    AdoAnswers.Answer<List<FormField>> form =
        answers.ask(
            "create-form:"
                + chosen.id()
                + ":"
                + issue.id()
                + ":"
                + request.project()
                + ":"
                + request.type(),
            KEEP_FORM,
            () ->
                workItems.createForm(
                    caller.organization(), issue, chosen, request.project(), request.type()));
    model.addAttribute("createForm", form.value() == null ? List.of() : form.value());
    if (form.late()) {
      model.addAttribute("adoLate", "create");
    } else if (form.failure() != null && errors == null) {
      model.addAttribute("errors", FormErrors.of("create", apiException(form.failure())));
    }
  }

  /** ADO's failures reach the page as the API's errors; anything else is not ours to word. */
  private static ApiException apiException(@Nullable RuntimeException failure) {
    if (failure instanceof ApiException api) {
      return api;
    }
    throw failure == null ? new IllegalStateException("no failure") : failure;
  }
}
