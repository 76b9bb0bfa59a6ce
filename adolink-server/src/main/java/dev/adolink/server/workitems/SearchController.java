package dev.adolink.server.workitems;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The link form's autocomplete, at Sentry's path: {@code ?field=externalIssue&query=} answers
 * {@code [{label: "(12) Title", value: "12"}]}. Members of the installation's organization only (an
 * API token or the UI session); another organization's installation is a 404.
 */
@RestController
class SearchController {

  static final String BASE = "/extensions/vsts/search/";

  private final OrganizationAccess access;
  private final Installations installations;
  private final IssueWorkItems workItems;

  SearchController(
      OrganizationAccess access, Installations installations, IssueWorkItems workItems) {
    this.access = access;
    this.installations = installations;
    this.workItems = workItems;
  }

  static String path(String organizationSlug, long installationId) {
    return BASE + organizationSlug + "/" + installationId + "/";
  }

  @GetMapping(BASE + "{org}/{integrationId}/")
  List<WorkItemSearch.Result> search(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable("integrationId") long installationId,
      @RequestParam(required = false) @Nullable String field,
      @RequestParam(required = false) @Nullable String query) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Installation installation = installations.require(caller.organization().id(), installationId);
    Map<String, String> missing = new LinkedHashMap<>();
    if (field == null || field.isBlank()) {
      missing.put("field", "is required");
    }
    if (query == null || query.isBlank()) {
      missing.put("query", "is required");
    }
    if (!missing.isEmpty()) {
      throw ApiException.invalid(missing);
    }
    if (!field.equals(WorkItemReader.FIELD)) {
      throw ApiException.badRequest("Invalid field");
    }
    return workItems.search(installation, query);
  }
}
