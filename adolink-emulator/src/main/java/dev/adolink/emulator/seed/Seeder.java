package dev.adolink.emulator.seed;

import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.process.ProcessCatalog;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * Applies a seed file (format in the README): organizations with users (and fixed PATs), projects
 * with their process, then per project the steps features register (git: repositories, commits,
 * generated history; work items: theirs).
 */
public final class Seeder {

  /** What a feature adds to a seeded project from the project's JSON. */
  @FunctionalInterface
  public interface ProjectStep {
    void apply(Organization org, Project project, JsonNode projectSeed);
  }

  /** What a feature adds to a seeded organization from its JSON, after its projects. */
  @FunctionalInterface
  public interface OrganizationStep {
    void apply(Organization org, JsonNode organizationSeed);
  }

  private final Admin admin;
  private final ProjectService projects;
  private final ProcessCatalog processes;
  private final List<ProjectStep> steps = new CopyOnWriteArrayList<>();
  private final List<OrganizationStep> organizationSteps = new CopyOnWriteArrayList<>();

  public Seeder(Admin admin, ProjectService projects, ProcessCatalog processes) {
    this.admin = admin;
    this.projects = projects;
    this.processes = processes;
  }

  /** Registers a feature's step; steps run in registration order for every seeded project. */
  public void step(ProjectStep step) {
    steps.add(step);
  }

  /** Registers a feature's organization step (service hooks: subscriptions, permissions). */
  public void organizationStep(OrganizationStep step) {
    organizationSteps.add(step);
  }

  /** Applies {@code seed}; returns the organizations created. */
  public List<Admin.CreatedOrganization> apply(JsonNode seed) {
    List<Admin.CreatedOrganization> created = new ArrayList<>();
    for (JsonNode o : seed.path("organizations")) {
      Admin.CreatedOrganization org = admin.createOrganization(o);
      created.add(org);
      Organization organization = admin.organization(org.name());
      for (JsonNode p : o.path("projects")) {
        Project project = project(organization, p);
        steps.forEach(step -> step.apply(organization, project, p));
      }
      organizationSteps.forEach(step -> step.apply(organization, o));
    }
    return created;
  }

  private Project project(Organization org, JsonNode p) {
    String process = Json.text(p, "process", processes.defaultProcess().name());
    return projects.create(
        org,
        Json.text(p, "name", null),
        Json.text(p, "description", null),
        processes
            .byName(process)
            .orElseThrow(() -> new IllegalArgumentException("unknown process " + process))
            .id(),
        Json.text(p, "visibility", "private"));
  }
}
