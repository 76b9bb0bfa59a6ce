package dev.adolink.server.scm;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.OrgRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What sentry-cli does to a release after creating it: finalize it, set or clear its commits (refs
 * fetched from ADO, or commits read from a local checkout), and delete it.
 */
@Service
class ReleaseUpdates {

  private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}");

  private final Releases releases;
  private final ReleaseRepository repository;
  private final RepoRepository repos;
  private final CommitRepository commits;
  private final ReleaseCompletion completion;
  private final Clock clock;

  ReleaseUpdates(
      Releases releases,
      ReleaseRepository repository,
      RepoRepository repos,
      CommitRepository commits,
      ReleaseCompletion completion,
      Clock clock) {
    this.releases = releases;
    this.repository = repository;
    this.repos = repos;
    this.commits = commits;
    this.completion = completion;
    this.clock = clock;
  }

  @Transactional
  Release update(OrgRef organization, String version, ReleaseUpdate update) {
    Release release = releases.require(organization.id(), version);
    if (update.projects() != null && !update.projects().isEmpty()) {
      repository.addProjects(release.id(), releases.projectIds(organization, update.projects()));
    }
    repository.update(release.id(), update.url(), update.releasedAt());
    if (update.refs() != null) {
      List<ReleaseRef> refs = releases.refs(organization.id(), update.refs());
      if (refs.isEmpty()) {
        repository.clearCommits(release.id(), clock.instant());
      } else {
        releases.fetch(release.id(), refs);
      }
    } else if (update.commits() != null) {
      storeLocal(release, update.commits());
    }
    return repository.find(release.id()).orElseThrow();
  }

  /** The newest release before this one whose commits are known; empty for an unknown version. */
  Optional<Release> previousWithCommits(long organizationId, String version) {
    return repository.find(organizationId, version).flatMap(repository::previousWithCommits);
  }

  /**
   * Stores commits sentry-cli read from a checkout and makes them the release's, resolving the
   * issues they fix. sentry-cli names the repository after the git remote ({@code origin}), so the
   * commits go to the repository of that name, or to the organization's only repository.
   */
  private void storeLocal(Release release, List<ReleaseUpdate.LocalCommit> local) {
    if (local.isEmpty()) {
      repository.clearCommits(release.id(), clock.instant());
      return;
    }
    Repo repo = repositoryOf(release.organizationId(), local.get(0).repository());
    List<FetchedCommit> fetched = new ArrayList<>();
    for (ReleaseUpdate.LocalCommit commit : local) {
      if (!SHA.matcher(commit.sha()).matches()) {
        throw ApiException.invalid(
            "commits", "'" + commit.sha() + "' is not a full 40-character commit id");
      }
      fetched.add(
          new FetchedCommit(
              commit.sha().toLowerCase(Locale.ROOT),
              commit.message(),
              commit.authorName(),
              commit.authorEmail(),
              commit.authoredAt(),
              commit.files()));
    }
    commits.insert(repo.id(), fetched, clock.instant());
    var ids = commits.ids(repo.id(), fetched.stream().map(FetchedCommit::sha).toList());
    List<Long> ordered = fetched.stream().map(c -> ids.get(c.sha())).distinct().toList();
    repository.replaceRefs(release.id(), List.of());
    completion.complete(release, ordered);
  }

  private Repo repositoryOf(long organizationId, String named) {
    if (named != null && !named.isBlank()) {
      Optional<Repo> byName = repos.findByName(organizationId, named.strip());
      if (byName.isPresent()) {
        return byName.get();
      }
    }
    List<Repo> all = repos.list(organizationId);
    if (all.size() == 1) {
      return all.get(0);
    }
    throw ApiException.invalid(
        "commits",
        all.isEmpty()
            ? "This organization has no repositories yet: add the Azure DevOps repository, then"
                + " set the release's commits again"
            : "Commits from a local checkout name the repository '"
                + named
                + "', which is none of this organization's repositories; use --auto or --commit"
                + " 'Project/repo@from..to' instead");
  }
}
