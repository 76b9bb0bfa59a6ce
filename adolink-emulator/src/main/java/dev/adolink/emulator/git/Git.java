package dev.adolink.emulator.git;

import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.EmulatorContext;
import dev.adolink.emulator.core.ProjectJson;
import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.identity.IdentityJson;
import java.util.List;

/**
 * The git feature assembled: its service (repositories, pushes), the bulk history generator and its
 * areas. A new project gets a default repository with the project's name, as in ADO.
 */
public final class Git {

  private final GitService service;
  private final HistoryGenerator generator;
  private final List<Area> areas;

  public Git(
      EmulatorContext context,
      ProjectService projects,
      ProjectJson projectJson,
      IdentityJson identities) {
    GitUrls urls = new GitUrls(context.urls());
    CommitJson commits = new CommitJson(urls, identities);
    RepositoryJson repositories = new RepositoryJson(urls, projectJson, identities, commits);
    this.service =
        new GitService(context.clock(), new GitPushEvents(context.clock(), urls, repositories));
    this.generator = new HistoryGenerator(service, context.clock());
    this.areas =
        List.of(
            new RepositoriesArea(service, repositories, identities),
            new PushesArea(service, repositories),
            new CommitsArea(commits),
            new DiffsArea(commits),
            new ItemsArea(urls),
            new RefsArea(commits, urls),
            new GitControlArea(generator));
    projects.onCreated((org, project) -> service.createRepository(org, project, project.name()));
  }

  public GitService service() {
    return service;
  }

  public HistoryGenerator generator() {
    return generator;
  }

  /** The git step of seed files. */
  public dev.adolink.emulator.seed.Seeder.ProjectStep seedStep() {
    return new GitSeed(service, generator);
  }

  public List<Area> areas() {
    return areas;
  }
}
