package dev.adolink.emulator.git;

import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;

/**
 * The repository a request names ({@code {project?}} and {@code {repositoryId}}), with its project.
 */
record Located(Organization org, Project project, GitRepo repo) {

  static Located of(Request request) {
    Organization org = request.organization();
    GitRepo repo = GitService.find(org, request.param("project"), request.param("repositoryId"));
    Project project = org.project(repo.projectId().toString()).orElseThrow();
    return new Located(org, project, repo);
  }
}
