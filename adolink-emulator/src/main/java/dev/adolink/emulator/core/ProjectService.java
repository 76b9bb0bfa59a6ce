package dev.adolink.emulator.core;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.process.ProcessCatalog;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Creates and finds team projects; other features hear of new projects (git adds its default
 * repository).
 */
public final class ProjectService {

  private final Clock clock;
  private final ProcessCatalog processes;
  private final List<BiConsumer<Organization, Project>> createdListeners =
      new CopyOnWriteArrayList<>();

  public ProjectService(Clock clock, ProcessCatalog processes) {
    this.clock = clock;
    this.processes = processes;
  }

  /** Runs {@code listener} (under the organization's write lock) for every new project. */
  public void onCreated(BiConsumer<Organization, Project> listener) {
    createdListeners.add(listener);
  }

  /**
   * Creates a project with a process template ({@code null}: the default process, Agile).
   *
   * @throws AdoException 409 {@code TF200019} when the name is taken, 400 for an unknown process
   */
  public Project create(
      Organization org, String name, String description, UUID processId, String visibility) {
    if (name == null || name.isBlank()) {
      throw AdoException.invalidArgument("The project name is required.");
    }
    UUID process = processId != null ? processId : processes.defaultProcess().id();
    if (processes.byId(process).isEmpty()) {
      throw AdoException.invalidArgument(
          "The process template with id '" + process + "' does not exist.");
    }
    return org.write(
        () -> {
          if (org.project(name).isPresent()) {
            throw new AdoException(
                409,
                "Microsoft.TeamFoundation.Core.WebApi.ProjectAlreadyExistsException,"
                    + " Microsoft.TeamFoundation.Core.WebApi",
                "TF200019: The following project already exists on the Azure DevOps Server: "
                    + name
                    + ".",
                3000);
          }
          Project project =
              new Project(
                  UUID.randomUUID(),
                  name.trim(),
                  description,
                  process,
                  visibility == null ? "private" : visibility,
                  "wellFormed",
                  1,
                  clock.instant(),
                  UUID.randomUUID());
          org.putProject(project);
          createdListeners.forEach(l -> l.accept(org, project));
          return project;
        });
  }

  /** A project by id or name, or ADO's 404 {@code TF200016}. */
  public static Project find(Organization org, String idOrName) {
    return org.project(idOrName).orElseThrow(() -> notFound(idOrName));
  }

  static AdoException notFound(String idOrName) {
    return new AdoException(
        404,
        "Microsoft.TeamFoundation.Core.WebApi.ProjectDoesNotExistWithNameException,"
            + " Microsoft.TeamFoundation.Core.WebApi",
        "TF200016: The following project does not exist: "
            + idOrName
            + ". Verify that the name of the project is correct and that the project exists on the"
            + " specified Azure DevOps Server.",
        3000);
  }
}
