package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.TrackerJson.IssueJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
class IssueController {

  private static final int MAX_BULK = 1000;

  record CreateIssue(
      @NotBlank @Size(max = 1000) String title,
      @Nullable @Size(max = 1000) String culprit,
      @Nullable String level,
      @Nullable @Size(max = 100_000) String message,
      @Nullable @Valid Stacktrace stacktrace,
      @Nullable @Size(max = 255) String fingerprint,
      @Nullable @Size(max = 250) String release) {}

  record Stacktrace(@Nullable @Size(max = 500) List<@NotNull @Valid StackFrame> frames) {}

  private final OrganizationAccess access;
  private final ProjectService projects;
  private final IssueService issues;
  private final List<ExternalIssueProvider> externalIssues;
  private final List<IssueStatsProvider> stats;

  IssueController(
      OrganizationAccess access,
      ProjectService projects,
      IssueService issues,
      ObjectProvider<ExternalIssueProvider> externalIssues,
      ObjectProvider<IssueStatsProvider> stats) {
    this.access = access;
    this.projects = projects;
    this.issues = issues;
    this.externalIssues = externalIssues.orderedStream().toList();
    this.stats = stats.orderedStream().toList();
  }

  /**
   * Creates an issue (201). With a {@code fingerprint} that an unresolved issue of the project has,
   * counts one more occurrence of that issue instead and answers it with 200.
   */
  @PostMapping("/api/0/projects/{org}/{project}/issues/")
  ResponseEntity<IssueJson> create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @Valid @RequestBody CreateIssue body) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Level level =
        body.level() == null
            ? Level.ERROR
            : Wire.parse(Level.class, body.level())
                .orElseThrow(() -> ApiException.invalid("level", Wire.oneOf(Level.class)));
    List<StackFrame> frames =
        body.stacktrace() == null || body.stacktrace().frames() == null
            ? List.of()
            : body.stacktrace().frames();
    Project target = projects.require(caller.organization(), project);
    NewIssue issue =
        new NewIssue(
            body.title(),
            body.culprit(),
            level,
            body.message(),
            frames,
            blankToNull(body.release()));
    ChangeSource source = ChangeSource.user(user.id());
    if (body.fingerprint() == null || body.fingerprint().isBlank()) {
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(json(issues.create(target, issue, source)));
    }
    IssueService.Occurrence occurrence = issues.occurred(target, issue, body.fingerprint(), source);
    return ResponseEntity.status(occurrence.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(json(occurrence.issue()));
  }

  /** Filters as {@link IssueSearch#parse} reads them. */
  @GetMapping("/api/0/organizations/{org}/issues/")
  List<IssueJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(required = false) @Nullable String project,
      @RequestParam(required = false) @Nullable String query,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Long projectId =
        project == null || project.isBlank()
            ? null
            : projects.require(caller.organization(), project).id();
    IssueSearch search = IssueSearch.parse(projectId, query, status, sort, limit);
    return issues.search(caller.organization().id(), search).stream().map(this::json).toList();
  }

  @GetMapping("/api/0/organizations/{org}/issues/{id}/")
  IssueJson get(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return json(issues.get(caller.organization().id(), id));
  }

  @PutMapping("/api/0/organizations/{org}/issues/{id}/")
  IssueJson update(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestBody JsonNode body) {
    Membership caller = access.require(user, org, Role.MEMBER);
    IssueUpdate update = IssueUpdateRequest.parse(body);
    Issue issue = issues.get(caller.organization().id(), id);
    return json(
        issues.update(
            caller.organization().id(), issue.id(), update, ChangeSource.user(user.id())));
  }

  /**
   * Sentry's bulk mutation: the body of the single PUT applied to every {@code ?id=}, all or
   * nothing. Answers the applied change.
   */
  @PutMapping("/api/0/organizations/{org}/issues/")
  Map<String, @Nullable Object> updateMany(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(name = "id", required = false) @Nullable List<String> ids,
      @RequestBody JsonNode body) {
    Membership caller = access.require(user, org, Role.MEMBER);
    IssueUpdate update = IssueUpdateRequest.parse(body);
    List<Long> issueIds = bulkIds(ids);
    issues.update(caller.organization().id(), issueIds, update, ChangeSource.user(user.id()));
    Map<String, @Nullable Object> applied = new LinkedHashMap<>();
    if (update.status() != null) {
      applied.put("status", update.status());
    }
    if (update.assignment() != null) {
      applied.put("assignedTo", update.assignment().email());
    }
    if (update.level() != null) {
      applied.put("level", update.level());
    }
    return applied;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static List<Long> bulkIds(@Nullable List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw ApiException.invalid("id", "name the issues to change: ?id=1&id=2");
    }
    if (ids.size() > MAX_BULK) {
      throw ApiException.invalid("id", "at most " + MAX_BULK + " issues per request");
    }
    List<Long> parsed = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (String id : ids) {
      Long value = Ids.parse(id);
      if (value == null) {
        bad.add(id);
      } else {
        parsed.add(value);
      }
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid("id", "not issue ids: " + String.join(", ", bad));
    }
    return parsed;
  }

  private IssueJson json(Issue issue) {
    List<ExternalIssue> links = new ArrayList<>();
    externalIssues.forEach(provider -> links.addAll(provider.externalIssues(issue.ref())));
    IssueStatsProvider.IssueStats found =
        stats.stream()
            .map(provider -> provider.stats(issue.ref()))
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElse(null);
    return IssueJson.of(issue, links, found);
  }
}
