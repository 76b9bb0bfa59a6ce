package dev.adolink.server.scm;

import dev.adolink.azure.Organization;
import dev.adolink.azure.git.GitCommit;
import dev.adolink.azure.paging.Paged;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.jobs.PermanentJobFailure;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lists the commits of a release ref, newest first, all pages: from its {@code previousCommit}
 * (excluded), else from the repository's head in the previous release, else the history up to the
 * ref's commit bounded by {@link ScmProperties#commitRangeLimit()}.
 */
@Component
class CommitRanges {

  /**
   * @param start the excluded base, {@code null} for bounded history
   */
  record Range(Repo repo, Organization ado, @Nullable String start, List<GitCommit> commits) {}

  private final RepoRepository repos;
  private final ReleaseRepository releases;
  private final Installations installations;
  private final ScmProperties properties;

  CommitRanges(
      RepoRepository repos,
      ReleaseRepository releases,
      Installations installations,
      ScmProperties properties) {
    this.repos = repos;
    this.releases = releases;
    this.installations = installations;
    this.properties = properties;
  }

  Range list(Release release, ReleaseRef ref) {
    Repo repo =
        repos
            .find(release.organizationId(), ref.repositoryId())
            .orElseThrow(
                () -> new PermanentJobFailure("Repository " + ref.repository() + " is gone"));
    Installation installation =
        installations
            .find(release.organizationId(), repo.integrationId())
            .orElseThrow(
                () ->
                    new PermanentJobFailure(
                        "The Azure DevOps integration "
                            + repo.integrationId()
                            + " of "
                            + repo.name()
                            + " was removed; add the repository again through an installed one"));
    Organization ado = installations.client(installation);
    String start =
        ref.previousCommit() != null
            ? ref.previousCommit()
            : releases.previousHead(release, repo.id()).orElse(null);
    if (ref.commit().equalsIgnoreCase(start)) {
      return new Range(repo, ado, start, List.of());
    }
    Paged<GitCommit> range = ado.git().commitRange(repo.externalId(), start, ref.commit());
    List<GitCommit> commits =
        start == null
            ? range.stream().limit(properties.commitRangeLimit()).toList()
            : range.toList();
    return new Range(repo, ado, start, commits);
  }
}
