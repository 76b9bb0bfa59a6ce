package dev.adolink.server.web;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.workitems.IssueWorkItems;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The issue page's work item forms: create (the create form's fields, posted as the API's body),
 * link by id or URL, unlink.
 */
@Controller
class WorkItemActions {

  /** Inputs of the page, not values of the work item. */
  private static final Set<String> NOT_VALUES = Set.of("_csrf", "integration");

  private final Installations installations;
  private final IssueWorkItems workItems;
  private final IssueForms forms;

  WorkItemActions(Installations installations, IssueWorkItems workItems, IssueForms forms) {
    this.installations = installations;
    this.workItems = workItems;
    this.forms = forms;
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
    ObjectNode values = values(form);
    Map<String, String> submitted = submitted(form);
    var reopen =
        new IssuePageModel.Request(
            integration, "create", submitted.get("project"), submitted.get("work_item_type"), null);
    return forms.submit(
        user,
        org,
        id,
        "create",
        reopen,
        submitted,
        "#work-items",
        model,
        response,
        (caller, issue) ->
            workItems.create(
                caller.organization(),
                issue,
                installation(caller, integration),
                values,
                ChangeSource.user(user.id())));
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
        user,
        org,
        id,
        "link",
        reopen,
        Map.of("externalIssue", reference),
        "#work-items",
        model,
        response,
        (caller, issue) -> link(caller, issue, integration, reference, user));
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
        user,
        org,
        id,
        "unlink",
        IssuePageModel.Request.none(),
        Map.of(),
        "#work-items",
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

  private void link(
      Membership caller, Issue issue, long integration, String reference, AuthenticatedUser user) {
    workItems.link(
        caller.organization(),
        issue,
        installation(caller, integration),
        reference,
        ChangeSource.user(user.id()));
  }

  private Installation installation(Membership caller, long integration) {
    return installations.require(caller.organization().id(), integration);
  }

  /** The work item's values as the API's body: one value as text, several as a list. */
  static ObjectNode values(MultiValueMap<String, String> form) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    form.forEach(
        (name, values) -> {
          if (NOT_VALUES.contains(name) || values.isEmpty()) {
            return;
          }
          if (values.size() == 1) {
            body.put(name, values.get(0));
          } else {
            ArrayNode list = body.putArray(name);
            values.forEach(list::add);
          }
        });
    return body;
  }

  private static Map<String, String> submitted(MultiValueMap<String, String> form) {
    Map<String, String> submitted = new LinkedHashMap<>();
    form.forEach(
        (name, values) -> {
          if (!NOT_VALUES.contains(name)) {
            submitted.put(name, String.join(", ", values));
          }
        });
    return submitted;
  }
}
