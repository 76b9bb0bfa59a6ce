package dev.adolink.server.scm;

import dev.adolink.azure.git.GitApi;
import dev.adolink.azure.git.GitRepository;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repositories of tracker organizations: what an installation offers, and adding one (its data
 * read from ADO). Adding a repository that is already there answers the existing one, pointed at
 * the installation it was added through this time.
 */
@Service
public class Repos {

  /**
   * A repository ADO offers.
   *
   * @param name {@code Project/repo}
   * @param identifier the ADO repository id
   */
  public record Available(String name, String identifier, @Nullable String defaultBranch) {}

  private final Installations installations;
  private final RepoRepository repos;
  private final CodeMappingRepository mappings;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Repos(
      Installations installations,
      RepoRepository repos,
      CodeMappingRepository mappings,
      TransactionTemplate transactions,
      Clock clock) {
    this.installations = installations;
    this.repos = repos;
    this.mappings = mappings;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Every Git repository of every project of the installation's ADO organization, by name. */
  public List<Available> available(long organizationId, long installationId) {
    Installation installation = installations.require(organizationId, installationId);
    List<GitRepository> all =
        AdoRequests.call(
            () -> installations.client(installation).git().repositories(),
            () -> ApiException.notFound("Azure DevOps has no repositories for this installation"));
    return all.stream()
        .map(r -> new Available(data(r).name(), r.id(), r.defaultBranch()))
        .sorted(Comparator.comparing(Available::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * Adds the repository with this ADO id (or {@code Project/repo}) from this installation.
   *
   * @throws ApiException 404 for an installation of another organization, 400 for a repository ADO
   *     does not know, 503 while ADO is unavailable
   */
  public Repo add(long organizationId, long installationId, String identifier) {
    Installation installation = installations.require(organizationId, installationId);
    GitRepository found =
        AdoRequests.call(
            () -> read(installations.client(installation).git(), identifier),
            () ->
                ApiException.invalid(
                    "identifier",
                    "Azure DevOps has no repository '"
                        + identifier
                        + "' in "
                        + installation.name()));
    RepoRepository.AdoData data = data(found);
    try {
      return store(organizationId, installationId, data);
    } catch (DuplicateKeyException concurrentlyAdded) {
      return store(organizationId, installationId, data);
    }
  }

  public List<Repo> list(long organizationId) {
    return repos.list(organizationId);
  }

  /** A repository that has not been removed. */
  public Optional<Repo> find(long organizationId, long repoId) {
    return repos.find(organizationId, repoId).filter(repo -> !repo.removed());
  }

  /**
   * Removes a repository as Sentry does: it leaves the lists and pickers, its pushes are ignored,
   * new releases cannot name it and its code mappings are deleted; the commits stored for past
   * releases (and their suspect commits) stay readable. Adding it again restores the same row.
   *
   * @return the removed repository
   * @throws ApiException 404 when there is no such repository (or it was removed already)
   */
  public Repo remove(long organizationId, long repoId) {
    return transactions.execute(
        status -> {
          Repo repo =
              find(organizationId, repoId)
                  .orElseThrow(() -> ApiException.notFound("Repository " + repoId + " not found"));
          mappings.deleteOfRepository(organizationId, repoId);
          repos.remove(organizationId, repoId, clock.instant());
          return repo;
        });
  }

  private Repo store(long organizationId, long installationId, RepoRepository.AdoData data) {
    Long id =
        transactions.execute(
            status -> {
              Optional<Repo> existing =
                  repos.findAnyByExternalId(organizationId, data.externalId());
              if (existing.isPresent()) {
                repos.adopt(existing.get().id(), installationId, data);
                return existing.get().id();
              }
              return repos.insert(organizationId, installationId, data, clock.instant());
            });
    return repos.find(organizationId, id).orElseThrow();
  }

  private static GitRepository read(GitApi git, String identifier) {
    int slash = identifier.indexOf('/');
    return slash > 0
        ? git.repository(identifier.substring(0, slash), identifier.substring(slash + 1))
        : git.repository(identifier);
  }

  private static RepoRepository.AdoData data(GitRepository repo) {
    return new RepoRepository.AdoData(
        repo.id(),
        repo.project().name(),
        repo.name(),
        repo.webUrl() != null ? repo.webUrl() : repo.remoteUrl());
  }
}
