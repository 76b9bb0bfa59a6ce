package dev.adolink.server.scm;

import dev.adolink.azure.git.GitRepository;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.OrgRef;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.StackFrame;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Proposes a code mapping from a stack frame and the Azure Repos address of its file ({@link
 * FileUrl}, {@link PathRoots}): the repository is one added to the organization through a connected
 * installation, the branch is the one the address names, else the repository's default branch in
 * ADO.
 */
@Service
public class MappingProposals {

  private final Installations installations;
  private final RepoRepository repos;
  private final ProjectService projects;

  MappingProposals(Installations installations, RepoRepository repos, ProjectService projects) {
    this.installations = installations;
    this.repos = repos;
    this.projects = projects;
  }

  /**
   * @throws ApiException 400 naming what is wrong: an address that is not an Azure Repos file, one
   *     of an organization not connected, a repository not added, paths that share nothing
   */
  public MappingProposal propose(OrgRef organization, DeriveRequest request) {
    String project =
        request.project() == null || request.project().isBlank()
            ? null
            : projectSlug(organization, request.project());
    FileUrl url = FileUrl.parse(request.url());
    List<Installation> connected = installations.ofOrganization(organization.id());
    Optional<FileUrl.Location> location =
        connected.stream().map(i -> url.within(i.baseUrl())).flatMap(Optional::stream).findFirst();
    if (location.isEmpty()) {
      throw ApiException.invalid(
          "url",
          "is an address of the Azure DevOps organization '"
              + url.organizationName()
              + "', which is not connected to "
              + organization.name());
    }
    String name = location.get().project() + "/" + location.get().repository();
    Repo repo =
        repos.list(organization.id()).stream()
            .filter(r -> r.name().equalsIgnoreCase(name))
            .findFirst()
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "url",
                        "names the repository "
                            + name
                            + ", which is not added to "
                            + organization.name()
                            + ": add it under Repositories first"));
    StackFrame frame =
        new StackFrame(
            request.frame().filename(),
            request.frame().absPath(),
            null,
            null,
            true,
            request.frame().module());
    String framePath = FramePaths.of(frame);
    PathRoots.Roots roots =
        PathRoots.find(framePath, url.path())
            .or(
                () ->
                    frame.absPath() == null
                        ? Optional.empty()
                        : PathRoots.find(frame.absPath(), url.path()))
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "frame",
                        "the frame's path '"
                            + framePath
                            + "' and the file's path '"
                            + url.path()
                            + "' share nothing, not even the file name: paste the address of the"
                            + " file this frame is in"));
    String branch = url.branch() != null ? url.branch() : defaultBranch(repo);
    return new MappingProposal(
        project,
        repo.name(),
        repo.id(),
        branch,
        roots.stackRoot(),
        roots.sourceRoot(),
        url.path().substring(1),
        framePath);
  }

  private String defaultBranch(Repo repo) {
    Installation installation =
        installations
            .find(repo.organizationId(), repo.installationId())
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "url",
                        "names the repository "
                            + repo.name()
                            + ", whose installation is gone: add the repository again"));
    GitRepository found =
        AdoRequests.call(
            () -> installations.client(installation).git().repository(repo.externalId()),
            () ->
                ApiException.invalid(
                    "url", "names the repository " + repo.name() + ", which ADO no longer has"));
    return found.defaultBranch() == null
        ? "main"
        : found.defaultBranch().replaceFirst("^refs/heads/", "");
  }

  private String projectSlug(OrgRef organization, String slugOrId) {
    return projects
        .find(organization, slugOrId)
        .orElseThrow(() -> ApiException.invalid("project", "has no project '" + slugOrId + "'"))
        .slug();
  }
}
