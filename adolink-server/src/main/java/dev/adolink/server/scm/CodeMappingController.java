package dev.adolink.server.scm;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrgRef;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

  /**
   * @param project a project slug or id
   * @param repository {@code Project/repo} or the repository's id
   */
  record CreateMapping(
      @NotBlank @JsonAlias("projectId") String project,
      @NotBlank @JsonAlias("repositoryId") String repository,
      @NotNull @Size(max = 1000) String stackRoot,
      @NotNull @Size(max = 1000) String sourceRoot,
      @NotBlank @Size(max = 300) String defaultBranch) {}

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
  private final RepoRepository repos;
  private final CodeMappingRepository mappings;
  private final IssueService issues;
  private final StacktraceLinks links;
  private final Clock clock;

  CodeMappingController(
      OrganizationAccess access,
      ProjectService projects,
      RepoRepository repos,
      CodeMappingRepository mappings,
      IssueService issues,
      StacktraceLinks links,
      Clock clock) {
    this.access = access;
    this.projects = projects;
    this.repos = repos;
    this.mappings = mappings;
    this.issues = issues;
    this.links = links;
    this.clock = clock;
  }

  @GetMapping(ORG + "code-mappings/")
  List<MappingJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(required = false) @Nullable String project) {
    Membership caller = access.require(user, org, Role.MEMBER);
    List<CodeMapping> found =
        project == null
            ? mappings.ofOrganization(caller.organization().id())
            : mappings.ofProject(projects.require(caller.organization(), project).id());
    return json(caller.organization(), found);
  }

  @PostMapping(ORG + "code-mappings/")
  @ResponseStatus(HttpStatus.CREATED)
  MappingJson create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @RequestBody CreateMapping body) {
    Membership caller = access.require(user, org, Role.MANAGER);
    Project project = project(caller.organization(), body.project());
    Repo repo =
        repos
            .findByName(caller.organization().id(), body.repository())
            .orElseThrow(
                () -> ApiException.invalid("repository", "has no repository " + body.repository()));
    String stackRoot = body.stackRoot().strip();
    if (mappings.findByStackRoot(project.id(), stackRoot).isPresent()) {
      throw ApiException.conflict(
          "stackRoot", "project " + project.slug() + " already maps '" + stackRoot + "'");
    }
    long id =
        mappings.insert(
            caller.organization().id(),
            project.id(),
            repo.id(),
            stackRoot,
            body.sourceRoot().strip(),
            body.defaultBranch().strip().replaceFirst("^refs/heads/", ""),
            clock.instant());
    return json(
            caller.organization(),
            List.of(mappings.find(caller.organization().id(), id).orElseThrow()))
        .get(0);
  }

  @GetMapping(ORG + "issues/{issueId}/stacktrace-links/")
  List<StacktraceLinks.FrameLink> stacktraceLinks(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String issueId) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return links.links(issues.get(caller.organization().id(), issueId));
  }

  private Project project(OrgRef organization, String slugOrId) {
    try {
      return projects.require(organization, slugOrId);
    } catch (ApiException notFound) {
      throw ApiException.invalid("project", "has no project '" + slugOrId + "'");
    }
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
                    String.valueOf(m.repo().integrationId()),
                    Repo.PROVIDER,
                    m.stackRoot(),
                    m.sourceRoot(),
                    m.defaultBranch(),
                    m.createdAt()))
        .toList();
  }
}
