package dev.adolink.server.workitems;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.ExternalIssue;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * An issue's work items in one installation, as Sentry's issue-integration endpoint: the create and
 * link forms ({@code GET ?action=create|link}), create ({@code POST}), link ({@code PUT}) and
 * unlink ({@code DELETE ?externalIssue=}). Members may do all of it.
 */
@RestController
class IssueWorkItemController {

  static final String PATH = "/api/0/organizations/{org}/issues/{id}/integrations/{integrationId}/";

  record Provider(String key, String name) {}

  /** The installation with the form asked for; the other form is {@code null}. */
  record FormJson(
      String id,
      String name,
      Provider provider,
      @Nullable List<FormField> createIssueConfig,
      @Nullable List<FormField> linkIssueConfig) {}

  private record Context(Membership caller, Issue issue, Installation installation) {}

  private final OrganizationAccess access;
  private final IssueService issues;
  private final Installations installations;
  private final IssueWorkItems workItems;

  IssueWorkItemController(
      OrganizationAccess access,
      IssueService issues,
      Installations installations,
      IssueWorkItems workItems) {
    this.access = access;
    this.issues = issues;
    this.installations = installations;
    this.workItems = workItems;
  }

  @GetMapping(PATH)
  FormJson form(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @PathVariable("integrationId") long installationId,
      @RequestParam(defaultValue = "create") String action,
      @RequestParam(required = false) @Nullable String project,
      @RequestParam(required = false) @Nullable String type) {
    Context c = context(user, org, id, installationId);
    Installation installation = c.installation();
    Provider provider = new Provider("vsts", "Azure DevOps");
    String wireId = String.valueOf(installation.id());
    return switch (action) {
      case "create" ->
          new FormJson(
              wireId,
              installation.name(),
              provider,
              workItems.createForm(
                  c.caller().organization(),
                  c.issue(),
                  installation,
                  new CreateForms.Request(blankToNull(project), blankToNull(type))),
              null);
      case "link" ->
          new FormJson(
              wireId,
              installation.name(),
              provider,
              null,
              workItems.linkForm(c.caller().organization(), installation));
      default -> throw ApiException.invalid("action", "must be one of create, link");
    };
  }

  @PostMapping(PATH)
  @ResponseStatus(HttpStatus.CREATED)
  ExternalIssue create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @PathVariable("integrationId") long installationId,
      @RequestBody JsonNode body) {
    Context c = context(user, org, id, installationId);
    return workItems
        .create(
            c.caller().organization(),
            c.issue(),
            c.installation(),
            body,
            ChangeSource.user(user.id()))
        .externalIssue();
  }

  @PutMapping(PATH)
  ExternalIssue link(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @PathVariable("integrationId") long installationId,
      @RequestBody JsonNode body) {
    Context c = context(user, org, id, installationId);
    JsonNode reference = body.path(WorkItemReader.FIELD);
    String text = reference.isString() || reference.isIntegralNumber() ? reference.asString() : "";
    return workItems
        .link(
            c.caller().organization(),
            c.issue(),
            c.installation(),
            text,
            ChangeSource.user(user.id()))
        .externalIssue();
  }

  @DeleteMapping(PATH)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unlink(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @PathVariable("integrationId") long installationId,
      @RequestParam String externalIssue) {
    Context c = context(user, org, id, installationId);
    workItems.unlink(
        c.caller().organization(),
        c.issue(),
        c.installation(),
        externalIssue,
        ChangeSource.user(user.id()));
  }

  private Context context(AuthenticatedUser user, String org, String issueId, long installationId) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Issue issue = issues.get(caller.organization().id(), issueId);
    Installation installation = installations.require(caller.organization().id(), installationId);
    return new Context(caller, issue, installation);
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
