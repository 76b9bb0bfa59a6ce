package dev.adolink.server.web;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.sync.IssueSyncStates;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.workitems.IssueWorkItems;
import dev.adolink.server.workitems.WorkItemDraft;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The issue page's work item forms: create (the create form's fields as a {@link WorkItemDraft}),
 * link by id or URL, unlink, and retry a failed write.
 */
@Controller
class WorkItemActions {

  /** Inputs of the page, not values of the work item. */
  private static final Set<String> NOT_VALUES = Set.of("_csrf", "integration");

  private final Installations installations;
  private final IssueWorkItems workItems;
  private final IssueForms forms;
  private final IssueSyncStates syncStates;
  private final PendingActions pending;

  WorkItemActions(
      Installations installations,
      IssueWorkItems workItems,
      IssueForms forms,
      IssueSyncStates syncStates,
      PendingActions pending) {
    this.pending = pending;
    this.installations = installations;
    this.workItems = workItems;
    this.forms = forms;
    this.syncStates = syncStates;
  }

  @PostMapping(IssuePage.PATH + "work-items/create")
  String create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam long integration,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    Map<String, List<String>> values = values(form);
    Map<String, String> submitted = new LinkedHashMap<>();
    values.forEach((name, typed) -> submitted.put(name, String.join(", ", typed)));
    var reopen =
        new IssuePageModel.Request(
            integration, "create", submitted.get("project"), submitted.get("work_item_type"), null);
    return forms.submit(
        new IssueForms.Target(user, org, id),
        IssueForms.Form.of("create", "#work-items").typed(submitted).reopening(reopen),
        model,
        response,
        (caller, issue) -> {
          Installation installation = installation(caller, integration);
          WorkItemDraft draft = WorkItemDraft.fromForm(values);
          pending.run(
              issue,
              "Creating a work item in " + installation.name(),
              () ->
                  workItems.create(
                      caller.organization(),
                      issue,
                      installation,
                      draft,
                      ChangeSource.user(user.id())));
        });
  }

  @PostMapping(IssuePage.PATH + "work-items/link")
  String link(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam long integration,
      @RequestParam(required = false) @Nullable String externalIssue,
      Model model,
      HttpServletResponse response) {
    String reference = externalIssue == null ? "" : externalIssue;
    var reopen = new IssuePageModel.Request(integration, "link", null, null, null);
    return forms.submit(
        new IssueForms.Target(user, org, id),
        IssueForms.Form.of("link", "#work-items")
            .typed(Map.of("externalIssue", reference))
            .reopening(reopen),
        model,
        response,
        (caller, issue) -> {
          Installation installation = installation(caller, integration);
          pending.run(
              issue,
              "Linking work item " + reference.strip() + " of " + installation.name(),
              () ->
                  workItems.link(
                      caller.organization(),
                      issue,
                      installation,
                      reference,
                      ChangeSource.user(user.id())));
        });
  }

  @PostMapping(IssuePage.PATH + "work-items/unlink")
  String unlink(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam long integration,
      @RequestParam String key,
      Model model,
      HttpServletResponse response) {
    return forms.submit(
        new IssueForms.Target(user, org, id),
        IssueForms.Form.of("unlink", "#work-items"),
        model,
        response,
        (caller, issue) ->
            workItems.unlink(
                caller.organization(),
                issue,
                installation(caller, integration),
                key,
                ChangeSource.user(user.id())));
  }

  /** Sends a failed status or assignee write to the work item again, now. */
  @PostMapping(IssuePage.PATH + "work-items/retry")
  String retry(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam long integration,
      @RequestParam int workItem,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return forms.submit(
        new IssueForms.Target(user, org, id),
        IssueForms.Form.of("retry-" + integration + "-" + workItem, "#work-items"),
        model,
        response,
        (caller, issue) ->
            redirect.addFlashAttribute(
                "notice",
                syncStates.retryNow(installation(caller, integration).id(), issue, workItem)));
  }

  private Installation installation(Membership caller, long integration) {
    return installations.require(caller.organization().id(), integration);
  }

  /** The work item's values: the form's inputs but the page's own. */
  static Map<String, List<String>> values(MultiValueMap<String, String> form) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    form.forEach(
        (name, typed) -> {
          if (!NOT_VALUES.contains(name) && !typed.isEmpty()) {
            values.put(name, List.copyOf(typed));
          }
        });
    return values;
  }
}
