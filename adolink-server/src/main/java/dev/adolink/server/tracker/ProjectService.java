package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectService {

  private final ProjectRepository projects;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ProjectService(ProjectRepository projects, ApplicationEventPublisher events, Clock clock) {
    this.projects = projects;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Project create(OrgRef organization, SlugAndName request) {
    String slug = request.slug();
    if (projects.find(organization.id(), slug).isPresent()) {
      throw ApiException.conflict("slug", "is already taken in this organization");
    }
    long id = projects.insert(organization.id(), slug, request.name(), clock.instant());
    Project project = new Project(id, organization.id(), slug, request.name());
    events.publishEvent(new ProjectCreated(project));
    return project;
  }

  /** Any organization's project by id (for the event intake, which knows only the project id). */
  public Optional<Project> find(long projectId) {
    return projects.find(projectId);
  }

  public List<Project> list(OrgRef organization) {
    return projects.list(organization.id());
  }

  /** The project by slug, or by numeric id as Sentry's {@code ?project=} sends it. */
  public Project require(OrgRef organization, String slugOrId) {
    return find(organization, slugOrId)
        .orElseThrow(() -> ApiException.notFound("Project '" + slugOrId + "' not found"));
  }

  /** The project by slug, or by numeric id. */
  public Optional<Project> find(OrgRef organization, String slugOrId) {
    Long id = Ids.parse(slugOrId);
    return id != null
        ? projects.find(organization.id(), id)
        : projects.find(organization.id(), slugOrId);
  }
}
