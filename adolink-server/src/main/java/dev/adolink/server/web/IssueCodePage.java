package dev.adolink.server.web;

import dev.adolink.server.scm.CodeMappings;
import dev.adolink.server.scm.DeriveRequest;
import dev.adolink.server.scm.MappingProposals;
import dev.adolink.server.scm.NewCodeMapping;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Link to the code" on the issue page: the Azure Repos address pasted for a frame without a link
 * becomes a proposed code mapping shown on the page, saved when confirmed (managers).
 */
@Controller
class IssueCodePage {

  static final String FORM = "mapping";

  private final OrganizationAccess access;
  private final IssueService issues;
  private final IssuePageModel page;
  private final IssueForms forms;
  private final MappingProposals proposals;
  private final CodeMappings mappings;

  IssueCodePage(
      OrganizationAccess access,
      IssueService issues,
      IssuePageModel page,
      IssueForms forms,
      MappingProposals proposals,
      CodeMappings mappings) {
    this.access = access;
    this.issues = issues;
    this.page = page;
    this.forms = forms;
    this.proposals = proposals;
    this.mappings = mappings;
  }

  @PostMapping(IssuePage.PATH + "code-mappings/derive")
  String derive(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String filename,
      @RequestParam(required = false) @Nullable String absPath,
      @RequestParam(required = false) @Nullable String module,
      @RequestParam(defaultValue = "") String url,
      Model model,
      HttpServletResponse response) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Issue issue = issues.get(caller.organization().id(), id);
    Map<String, String> submitted = Map.of("url", url, "filename", filename);
    try {
      var proposal =
          proposals.propose(
              caller.organization(),
              new DeriveRequest(
                  new DeriveRequest.Frame(filename, blank(absPath), blank(module)),
                  url,
                  issue.project().slug()));
      String view =
          page.render(
              model, caller, user.id(), issue, IssuePageModel.Request.none(), null, submitted);
      model.addAttribute("proposal", proposal);
      return view;
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return page.render(
          model,
          caller,
          user.id(),
          issue,
          IssuePageModel.Request.none(),
          FormErrors.of(FORM, e),
          submitted);
    }
  }

  @PostMapping(IssuePage.PATH + "code-mappings")
  String save(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String repository,
      @RequestParam(defaultValue = "") String stackRoot,
      @RequestParam(defaultValue = "") String sourceRoot,
      @RequestParam(defaultValue = "") String defaultBranch,
      Model model,
      HttpServletResponse response) {
    return forms.submit(
        new IssueForms.Target(user, org, id),
        IssueForms.Form.of(FORM, "#stack-trace"),
        model,
        response,
        (caller, issue) -> {
          access.require(user, org, Role.MANAGER);
          mappings.create(
              caller.organization(),
              new NewCodeMapping(
                  issue.project().slug(), repository, stackRoot, sourceRoot, defaultBranch));
        });
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
