package dev.adolink.server.scm;

import dev.adolink.azure.Organization;
import dev.adolink.azure.git.GitCommit;
import dev.adolink.azure.paging.Page;
import dev.adolink.azure.paging.Paged;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.jobs.PermanentJobFailure;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The commits of a release ref, newest first, all pages, listed lazily: from its {@code
 * previousCommit} (excluded), else from the repository's head in the previous release, else the
 * history up to the ref's commit bounded by {@link ScmProperties#commitRangeLimit()}.
 */
@Component
class CommitRanges {

  /**
   * @param start the excluded base, {@code null} for bounded history
   * @param pages the range's commits page by page; listing happens while they are iterated
   */
  record Range(
      Repo repo, Organization ado, @Nullable String start, Iterable<List<GitCommit>> pages) {}

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

  Range open(Release release, ReleaseRef ref) {
    Repo repo =
        repos
            .find(release.organizationId(), ref.repositoryId())
            .orElseThrow(
                () -> new PermanentJobFailure("Repository " + ref.repository() + " is gone"));
    Installation installation =
        installations
            .find(release.organizationId(), repo.installationId())
            .orElseThrow(
                () ->
                    new PermanentJobFailure(
                        "The Azure DevOps integration "
                            + repo.installationId()
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
    return new Range(
        repo,
        ado,
        start,
        limited(range, start == null ? properties.commitRangeLimit() : Integer.MAX_VALUE));
  }

  /** The pages up to {@code limit} commits; no page is listed past it. */
  static Iterable<List<GitCommit>> limited(Paged<GitCommit> range, int limit) {
    return () ->
        new Iterator<>() {
          private final Iterator<Page<GitCommit>> pages = range.pages().iterator();
          private int left = limit;

          @Override
          public boolean hasNext() {
            return left > 0 && pages.hasNext();
          }

          @Override
          public List<GitCommit> next() {
            List<GitCommit> items = pages.next().items();
            List<GitCommit> kept = items.size() > left ? items.subList(0, left) : items;
            left -= kept.size();
            return kept;
          }
        };
  }
}
