package dev.adolink.server.web;

import dev.adolink.server.ingest.IssueEvents;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.Markdown;
import dev.adolink.server.tracker.Comment;
import dev.adolink.server.tracker.CommentService;
import dev.adolink.server.tracker.ExternalIssue;
import dev.adolink.server.tracker.ExternalIssueProvider;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationService;
import dev.adolink.server.workitems.IssueWorkItems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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

  private final IssueService issues;
  private final CommentService comments;
  private final OrganizationService organizations;
  private final Installations installations;
  private final IssueWorkItems workItems;
  private final IssueCodeModel code;
  private final List<ExternalIssueProvider> externalIssues;
  private final IssueEvents events;
  private final IssueReleasesModel releases;

  IssuePageModel(
      IssueService issues,
      CommentService comments,
      OrganizationService organizations,
      Installations installations,
      IssueWorkItems workItems,
      IssueCodeModel code,
      ObjectProvider<ExternalIssueProvider> externalIssues,
      IssueEvents events,
      IssueReleasesModel releases) {
    this.events = events;
    this.releases = releases;
    this.issues = issues;
    this.comments = comments;
    this.organizations = organizations;
    this.installations = installations;
    this.workItems = workItems;
    this.code = code;
    this.externalIssues = externalIssues.orderedStream().toList();
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
    List<ExternalIssue> links = new ArrayList<>();
    externalIssues.forEach(provider -> links.addAll(provider.externalIssues(issue.ref())));
    List<Installation> integrations = installations.ofOrganization(caller.organization().id());
    model.addAttribute("org", caller.organization());
    model.addAttribute("issue", issue);
    model.addAttribute("workItems", links);
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
      try {
        model.addAttribute("results", workItems.search(chosen, request.query()));
      } catch (ApiException e) {
        model.addAttribute("errors", FormErrors.of("link", e));
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
    try {
      model.addAttribute(
          "createForm",
          workItems.createForm(
              caller.organization(), issue, chosen, request.project(), request.type()));
    } catch (ApiException e) {
      model.addAttribute("createForm", List.of());
      if (errors == null) {
        model.addAttribute("errors", FormErrors.of("create", e));
      }
    }
  }
}
