package dev.adolink.server.scm;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrgRef;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Code mappings, and the stack-trace links of an issue that they make. */
@RestController
class CodeMappingController {

  private static final String ORG = "/api/0/organizations/{org}/";

  record MappingJson(
      String id,
      String projectId,
      String projectSlug,
      String repoId,
      String repoName,
      String integrationId,
      String provider,
      String stackRoot,
      String sourceRoot,
      String defaultBranch,
      Instant dateCreated) {}

  private final OrganizationAccess access;
  private final ProjectService projects;
  private final CodeMappings mappings;
  private final IssueService issues;

  CodeMappingController(
      OrganizationAccess access,
      ProjectService projects,
      CodeMappings mappings,
      IssueService issues) {
    this.access = access;
    this.projects = projects;
    this.mappings = mappings;
    this.issues = issues;
  }

  @GetMapping(ORG + "code-mappings/")
  List<MappingJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(required = false) @Nullable String project) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return json(caller.organization(), mappings.list(caller.organization(), project));
  }

  @PostMapping(ORG + "code-mappings/")
  @ResponseStatus(HttpStatus.CREATED)
  MappingJson create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @RequestBody NewCodeMapping body) {
    Membership caller = access.require(user, org, Role.MANAGER);
    return json(caller.organization(), List.of(mappings.create(caller.organization(), body)))
        .get(0);
  }

  @DeleteMapping(ORG + "code-mappings/{mappingId}/")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long mappingId) {
    Membership caller = access.require(user, org, Role.MANAGER);
    mappings.delete(caller.organization(), mappingId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping(ORG + "issues/{issueId}/stacktrace-links/")
  List<FrameLink> stacktraceLinks(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String issueId) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return mappings.links(issues.get(caller.organization().id(), issueId));
  }

  private List<MappingJson> json(OrgRef organization, List<CodeMapping> found) {
    Map<Long, Project> byId =
        projects.list(organization).stream()
            .collect(Collectors.toMap(Project::id, Function.identity()));
    return found.stream()
        .map(
            m ->
                new MappingJson(
                    String.valueOf(m.id()),
                    String.valueOf(m.projectId()),
                    byId.get(m.projectId()).slug(),
                    String.valueOf(m.repo().id()),
                    m.repo().name(),
                    String.valueOf(m.repo().installationId()),
                    Repo.PROVIDER,
                    m.stackRoot(),
                    m.sourceRoot(),
                    m.defaultBranch(),
                    m.createdAt()))
        .toList();
  }
}
