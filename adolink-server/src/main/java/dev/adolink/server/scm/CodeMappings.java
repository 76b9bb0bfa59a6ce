package dev.adolink.server.scm;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.OrgRef;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Code mappings and the stack-trace links they make, for the API and the UI alike. */
@Service
public class CodeMappings {

  private final ProjectService projects;
  private final RepoRepository repos;
  private final CodeMappingRepository mappings;
  private final StacktraceLinks links;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CodeMappings(
      ProjectService projects,
      RepoRepository repos,
      CodeMappingRepository mappings,
      StacktraceLinks links,
      ApplicationEventPublisher events,
      Clock clock) {
    this.projects = projects;
    this.repos = repos;
    this.mappings = mappings;
    this.links = links;
    this.events = events;
    this.clock = clock;
  }

  /** Those of the organization, or of one project (slug or id). */
  public List<CodeMapping> list(OrgRef organization, @Nullable String project) {
    return project == null
        ? mappings.ofOrganization(organization.id())
        : mappings.ofProject(projects.require(organization, project).id());
  }

  /** A project maps each stack root once. */
  @Transactional
  public CodeMapping create(OrgRef organization, NewCodeMapping request) {
    Project project = project(organization, request.project());
    Repo repo =
        repos
            .findByName(organization.id(), request.repository())
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "repository", "has no repository " + request.repository()));
    String stackRoot = request.stackRoot().strip();
    if (mappings.findByStackRoot(project.id(), stackRoot).isPresent()) {
      throw ApiException.conflict(
          "stackRoot", "project " + project.slug() + " already maps '" + stackRoot + "'");
    }
    long id =
        mappings.insert(
            organization.id(),
            project.id(),
            repo.id(),
            stackRoot,
            request.sourceRoot().strip(),
            request.defaultBranch().strip().replaceFirst("^refs/heads/", ""),
            clock.instant());
    events.publishEvent(new CodeMappingSaved(organization.id(), project.id(), id));
    return mappings.find(organization.id(), id).orElseThrow();
  }

  /** Removes a code mapping: its frames link to no file any more. */
  @Transactional
  public CodeMapping delete(OrgRef organization, long id) {
    CodeMapping mapping =
        mappings
            .find(organization.id(), id)
            .orElseThrow(() -> ApiException.notFound("Code mapping " + id + " not found"));
    mappings.delete(organization.id(), id);
    return mapping;
  }

  /** The in-app frames of the issue, each with its file's URL when a mapping finds the file. */
  public List<FrameLink> links(Issue issue) {
    return links.links(issue);
  }

  private Project project(OrgRef organization, String slugOrId) {
    return projects
        .find(organization, slugOrId)
        .orElseThrow(() -> ApiException.invalid("project", "has no project '" + slugOrId + "'"));
  }
}
