package dev.adolink.server.scm;

import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.OrgRef;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releases and deploys. A release with refs queues the job that fetches its commits ({@link
 * FetchCommitsJob}) in the same transaction; creating a version that exists adds its projects and,
 * with refs, replaces its refs and fetches again.
 */
@Service
public class Releases {

  /** Sentry's rule: no slash, no line breaks or tabs; not {@code .}, {@code ..} or "latest". */
  private static final Pattern VERSION = Pattern.compile("[^/\\n\\t\\x0b\\r\\f]{1,200}");

  private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}");

  /**
   * @param created false when the version existed
   */
  public record Saved(Release release, boolean created) {}

  private final ReleaseRepository releases;
  private final DeployRepository deploys;
  private final UnmatchedDeployments unmatched;
  private final RepoRepository repos;
  private final CommitRepository commits;
  private final ProjectService projects;
  private final FetchProgress progress;
  private final Jobs jobs;
  private final CommitCheck commitCheck;
  private final Clock clock;

  Releases(
      ReleaseRepository releases,
      DeployRepository deploys,
      UnmatchedDeployments unmatched,
      RepoRepository repos,
      CommitRepository commits,
      ProjectService projects,
      FetchProgress progress,
      Jobs jobs,
      CommitCheck commitCheck,
      Clock clock) {
    this.commitCheck = commitCheck;
    this.releases = releases;
    this.deploys = deploys;
    this.unmatched = unmatched;
    this.repos = repos;
    this.commits = commits;
    this.projects = projects;
    this.progress = progress;
    this.jobs = jobs;
    this.clock = clock;
  }

  @Transactional
  public Saved create(OrgRef organization, NewRelease request) {
    String version = request.version().strip();
    if (!VERSION.matcher(version).matches() || Set.of(".", "..", "latest").contains(version)) {
      throw ApiException.invalid(
          "version", "must be 1-200 characters without slashes or line breaks");
    }
    List<Long> projectIds = projectIds(organization, request.projects());
    List<ReleaseRef> refs = refs(organization.id(), request.refs());
    Optional<Release> existing = releases.find(organization.id(), version);
    long id =
        existing
            .map(Release::id)
            .orElseGet(
                () ->
                    releases.insert(
                        organization.id(),
                        request,
                        refs.isEmpty() ? CommitFetch.Status.NONE : CommitFetch.Status.PENDING,
                        clock.instant()));
    releases.addProjects(id, projectIds);
    if (!refs.isEmpty()) {
      fetch(id, refs);
    }
    return new Saved(releases.find(id).orElseThrow(), existing.isEmpty());
  }

  /** Removes the release with its refs, deploys and list of commits (the commits stay stored). */
  @Transactional
  public void delete(long organizationId, String version) {
    releases.delete(require(organizationId, version).id());
  }

  /** Makes these the release's refs and queues the fetch of their commits. */
  void fetch(long releaseId, List<ReleaseRef> refs) {
    releases.replaceRefs(releaseId, refs);
    progress.queued(releaseId);
    jobs.enqueue(
        FetchCommitsJob.TYPE,
        FetchCommitsJob.key(releaseId),
        new FetchCommitsJob.Payload(releaseId));
  }

  public java.util.Optional<Release> find(long organizationId, String version) {
    return releases.find(organizationId, version);
  }

  public Release require(long organizationId, String version) {
    return releases
        .find(organizationId, version)
        .orElseThrow(() -> ApiException.notFound("Release '" + version + "' not found"));
  }

  /** Newest first. */
  public List<Release> list(long organizationId, int limit) {
    return releases.list(organizationId, null, 0, limit);
  }

  /** Newest first, from {@code offset}; with a project id, that project's only. */
  public List<Release> list(long organizationId, @Nullable Long projectId, int offset, int limit) {
    return releases.list(organizationId, projectId, offset, limit);
  }

  /** The newest commit of the release, once its commits are known. */
  public Optional<String> headCommit(Release release) {
    return releases.headCommit(release.id());
  }

  /**
   * Records a deploy; the release counts as released from the end of its first successful deploy. A
   * deploy with an external key that the release has already is answered as it was recorded.
   */
  @Transactional
  public Deploy deploy(long organizationId, String version, NewDeploy deploy) {
    Release release = require(organizationId, version);
    String environment = deploy.environment().strip();
    if (environment.isEmpty() || environment.length() > 64 || environment.matches(".*[\\s/].*")) {
      throw ApiException.invalid(
          "environment", "must be 1-64 characters without spaces or slashes");
    }
    if (deploy.externalKey() != null) {
      Optional<Long> recorded = deploys.find(release.id(), deploy.externalKey());
      if (recorded.isPresent()) {
        return deployOf(release, recorded.get());
      }
    }
    Instant finished = deploy.finishedAt() != null ? deploy.finishedAt() : clock.instant();
    NewDeploy clean =
        new NewDeploy(
            environment,
            deploy.name(),
            deploy.url(),
            deploy.startedAt(),
            finished,
            deploy.result(),
            deploy.externalKey());
    long id = deploys.insert(release.id(), clean, finished, clock.instant());
    if (Deploy.SUCCEEDED.equals(deploy.result())) {
      releases.markReleased(release.id(), finished);
    }
    return deployOf(release, id);
  }

  private Deploy deployOf(Release release, long id) {
    return deploys.of(release.id()).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
  }

  /** Deployments from Azure Pipelines that found no release, newest first. */
  public List<UnmatchedDeployment> unmatched(long organizationId, int limit) {
    return unmatched.of(organizationId, limit);
  }

  /**
   * What a list shows of each release of a page, read with one query per kind (not five per
   * release).
   */
  public record Summary(
      Optional<String> headCommit,
      List<Project> projects,
      List<ReleaseRef> refs,
      int commitCount,
      List<Deploy> deploys) {}

  public Map<Long, Summary> summaries(OrgRef organization, List<Release> page) {
    List<Long> ids = page.stream().map(Release::id).toList();
    ReleaseRepository.PageData data = releases.pageData(ids);
    Map<Long, List<Deploy>> deploysOf = deploys.ofReleases(ids);
    List<Project> all = ids.isEmpty() ? List.of() : projects.list(organization);
    Map<Long, Summary> summaries = new HashMap<>();
    for (long id : ids) {
      Set<Long> projectIds = Set.copyOf(data.projectIds().getOrDefault(id, List.of()));
      summaries.put(
          id,
          new Summary(
              Optional.ofNullable(data.heads().get(id)),
              all.stream().filter(p -> projectIds.contains(p.id())).toList(),
              data.refs().getOrDefault(id, List.of()),
              data.commitCounts().getOrDefault(id, 0),
              deploysOf.getOrDefault(id, List.of())));
    }
    return summaries;
  }

  /** The same as {@link #summaries} for one release. */
  public Summary summary(OrgRef organization, Release release) {
    return summaries(organization, List.of(release)).get(release.id());
  }

  public List<Deploy> deploys(Release release) {
    return deploys.of(release.id());
  }

  public List<Project> projects(OrgRef organization, Release release) {
    Set<Long> ids = Set.copyOf(releases.projectIds(release.id()));
    return projects.list(organization).stream().filter(p -> ids.contains(p.id())).toList();
  }

  public List<ReleaseRef> refs(Release release) {
    return releases.refs(release.id());
  }

  /** The release's fetched commits, with their file changes. */
  public List<StoredCommit> commits(Release release) {
    return commits.ofRelease(release.id());
  }

  public int commitCount(Release release) {
    return releases.commitCount(release.id());
  }

  List<Long> projectIds(OrgRef organization, List<String> slugs) {
    if (slugs.isEmpty()) {
      throw ApiException.invalid("projects", "must name at least one project");
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (String slug : slugs) {
      ids.add(
          projects
              .find(organization, slug)
              .orElseThrow(() -> ApiException.invalid("projects", "has no project '" + slug + "'"))
              .id());
    }
    return List.copyOf(ids);
  }

  List<ReleaseRef> refs(long organizationId, List<NewRelease.Ref> requested) {
    List<ReleaseRef> refs = new ArrayList<>();
    Set<Long> seen = new LinkedHashSet<>();
    for (NewRelease.Ref ref : requested) {
      Repo repo =
          repos
              .findByName(organizationId, ref.repository())
              .orElseThrow(
                  () ->
                      ApiException.invalid(
                          "refs", "Invalid repository names: " + ref.repository()));
      if (!seen.add(repo.id())) {
        throw ApiException.invalid("refs", "names " + repo.name() + " twice");
      }
      String head = sha(ref.commit());
      boolean stored = !commits.ids(repo.id(), List.of(head)).isEmpty();
      if (!stored && commitCheck.check(repo, head) == CommitCheck.Answer.UNKNOWN) {
        throw ApiException.invalid(
            "refs",
            "names commit "
                + head
                + ", which Azure DevOps does not know in "
                + repo.name()
                + ": push it first, or check the commit id");
      }
      refs.add(new ReleaseRef(repo.id(), repo.name(), head, optionalSha(ref)));
    }
    return refs;
  }

  private static @Nullable String optionalSha(NewRelease.Ref ref) {
    return ref.previousCommit() == null || ref.previousCommit().isBlank()
        ? null
        : sha(ref.previousCommit());
  }

  private static String sha(String commit) {
    if (!SHA.matcher(commit.strip()).matches()) {
      throw ApiException.invalid("refs", "'" + commit + "' is not a full 40-character commit id");
    }
    return commit.strip().toLowerCase(Locale.ROOT);
  }
}
