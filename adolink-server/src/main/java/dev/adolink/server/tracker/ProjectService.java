package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectService {

  private final ProjectRepository projects;
  private final Clock clock;

  ProjectService(ProjectRepository projects, Clock clock) {
    this.projects = projects;
    this.clock = clock;
  }

  @Transactional
  public Project create(OrgRef organization, SlugAndName request) {
    String slug = request.slug();
    if (projects.find(organization.id(), slug).isPresent()) {
      throw ApiException.conflict("slug", "is already taken in this organization");
    }
    long id = projects.insert(organization.id(), slug, request.name(), clock.instant());
    return new Project(id, organization.id(), slug, request.name());
  }

  public List<Project> list(OrgRef organization) {
    return projects.list(organization.id());
  }

  /** The project by slug, or by numeric id as Sentry's {@code ?project=} sends it. */
  public Project require(OrgRef organization, String slugOrId) {
    Long id = Ids.parse(slugOrId);
    return (id != null
            ? projects.find(organization.id(), id)
            : projects.find(organization.id(), slugOrId))
        .orElseThrow(() -> ApiException.notFound("Project '" + slugOrId + "' not found"));
  }
}
