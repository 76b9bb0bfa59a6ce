package dev.adolink.server.scm;

import dev.adolink.server.tracker.Project;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The answers of the source code API, in Sentry's field names; ids are strings. */
final class ScmJson {

  private ScmJson() {}

  record ProviderJson(String id, String name) {
    static final ProviderJson VSTS = new ProviderJson(Repo.PROVIDER, "Azure DevOps");
  }

  record RepoJson(
      String id,
      String name,
      @Nullable String url,
      ProviderJson provider,
      String status,
      Instant dateCreated,
      String integrationId,
      String externalSlug,
      String externalId) {

    static RepoJson of(Repo repo) {
      return new RepoJson(
          String.valueOf(repo.id()),
          repo.name(),
          RepoUrls.listed(repo.url(), repo.adoProject()),
          ProviderJson.VSTS,
          "active",
          repo.createdAt(),
          String.valueOf(repo.installationId()),
          repo.externalId(),
          repo.externalId());
    }
  }

  record AuthorJson(@Nullable String name, @Nullable String email) {}

  record FileJson(String path, String type) {}

  record CommitJson(
      String id,
      @Nullable String message,
      AuthorJson author,
      @Nullable Instant dateCreated,
      String repository,
      List<FileJson> files) {

    static CommitJson of(StoredCommit commit) {
      return new CommitJson(
          commit.sha(),
          commit.message(),
          new AuthorJson(commit.authorName(), commit.authorEmail()),
          commit.authoredAt(),
          commit.repository(),
          commit.files().stream().map(f -> new FileJson(f.path(), f.type())).toList());
    }
  }

  record DeployJson(
      String id,
      String environment,
      @Nullable String name,
      @Nullable String url,
      @Nullable Instant dateStarted,
      Instant dateFinished,
      String result) {

    static DeployJson of(Deploy deploy) {
      return new DeployJson(
          String.valueOf(deploy.id()),
          deploy.environment(),
          deploy.name(),
          deploy.url(),
          deploy.startedAt(),
          deploy.finishedAt(),
          deploy.result());
    }
  }

  record ProjectJson(String id, String slug, String name) {
    static ProjectJson of(Project project) {
      return new ProjectJson(String.valueOf(project.id()), project.slug(), project.name());
    }
  }

  record RefJson(String repository, String commit, @Nullable String previousCommit) {}

  record FetchJson(
      CommitFetch.Status status,
      int fetched,
      @Nullable Integer total,
      @Nullable String error,
      int attempts,
      @Nullable Instant dateUpdated) {

    static FetchJson of(CommitFetch fetch) {
      return new FetchJson(
          fetch.status(),
          fetch.fetched(),
          fetch.total(),
          fetch.error(),
          fetch.attempts(),
          fetch.updatedAt());
    }
  }

  record LastCommitJson(String id) {}

  /**
   * A release as Sentry answers it (what sentry-cli reads: {@code version}, {@code dateCreated},
   * {@code dateReleased}, {@code lastEvent}, {@code newGroups}, {@code projects}, {@code
   * lastCommit}) with adolink's refs, counts and commit fetch.
   */
  record ReleaseJson(
      String id,
      String version,
      String shortVersion,
      @Nullable String url,
      Instant dateCreated,
      @Nullable Instant dateStarted,
      @Nullable Instant dateReleased,
      @Nullable LastCommitJson lastCommit,
      @Nullable Instant lastEvent,
      int newGroups,
      List<ProjectJson> projects,
      List<RefJson> refs,
      int commitCount,
      int deployCount,
      @Nullable DeployJson lastDeploy,
      FetchJson commitFetch) {}
}
