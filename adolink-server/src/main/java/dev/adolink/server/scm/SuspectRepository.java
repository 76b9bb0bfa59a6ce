package dev.adolink.server.scm;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code scm_issue_suspects}, {@code scm_suspect_commits} and {@code scm_project_ownership}
 * tables, and the reads of releases and file changes that finding suspect commits needs.
 */
@Repository
class SuspectRepository {

  private static final TypeReference<List<String>> PATHS = new TypeReference<>() {};

  /** What was found last for an issue. */
  record Outcome(
      SuspectStatus status,
      @Nullable String release,
      int releases,
      int commits,
      Instant computedAt) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  SuspectRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * The release and those before it (by release date, else creation) among the releases of the
   * project, at most {@code size}.
   */
  List<Long> window(long projectId, Release release, int size) {
    record Row(long id, Instant at) {}
    List<Row> rows =
        jdbc.sql(
                """
                select r.id, coalesce(r.released_at, r.created_at) as at from scm_releases r
                join scm_release_projects p on p.release_id = r.id
                where p.project_id = :project and r.organization_id = :org
                order by at desc, r.id desc""")
            .param("project", projectId)
            .param("org", release.organizationId())
            .query((rs, row) -> new Row(rs.getLong("id"), Jdbc.instant(rs, "at")))
            .list();
    Instant at = release.releasedAt() != null ? release.releasedAt() : release.createdAt();
    List<Long> window = new ArrayList<>();
    window.add(release.id());
    for (Row row : rows) {
      if (window.size() >= size) {
        break;
      }
      boolean before = row.at().isBefore(at) || (row.at().equals(at) && row.id() < release.id());
      if (before) {
        window.add(row.id());
      }
    }
    return window;
  }

  int commitCount(Collection<Long> releaseIds) {
    return jdbc.sql(
            "select count(distinct commit_id) from scm_release_commits"
                + " where release_id in (:releases)")
        .param("releases", releaseIds)
        .query(Integer.class)
        .single();
  }

  /** The changes of the releases' commits to files with these names, by file name. */
  Map<String, List<SuspectMatcher.Change>> changes(
      Collection<Long> releaseIds, Collection<String> fileNames) {
    Map<String, List<SuspectMatcher.Change>> changes = new HashMap<>();
    if (fileNames.isEmpty()) {
      return changes;
    }
    jdbc.sql(
            """
            select distinct f.commit_id, f.path, f.file_name, c.repository_id, c.authored_at
            from scm_commit_files f
            join scm_release_commits rc on rc.commit_id = f.commit_id
            join scm_commits c on c.id = f.commit_id
            where f.file_name in (:names) and rc.release_id in (:releases)""")
        .param("names", List.copyOf(fileNames))
        .param("releases", List.copyOf(releaseIds))
        .query(
            (rs, row) ->
                changes
                    .computeIfAbsent(rs.getString("file_name"), name -> new ArrayList<>())
                    .add(
                        new SuspectMatcher.Change(
                            rs.getLong("commit_id"),
                            rs.getLong("repository_id"),
                            rs.getString("path"),
                            Jdbc.nullableInstant(rs, "authored_at"))))
        .list();
    return changes;
  }

  /** Replaces what is stored for the issue. */
  /**
   * Serializes the searches of one issue until the transaction ends: a search that waited here
   * reads the commits after the one before it stored its result (two searches at once, one started
   * before a release's commits arrived, would otherwise let the stale one win).
   */
  void lock(long issueId, Instant now) {
    jdbc.sql(
            """
            insert into scm_issue_suspects (issue_id, status, releases, commits, computed_at)
            values (:issue, :status, 0, 0, :now) on conflict do nothing""")
        .param("issue", issueId)
        .param("status", SuspectStatus.PENDING.name())
        .param("now", Jdbc.timestamp(now))
        .update();
    jdbc.sql("select issue_id from scm_issue_suspects where issue_id = :issue for update")
        .param("issue", issueId)
        .query(Long.class)
        .list();
  }

  void store(
      long issueId,
      SuspectStatus status,
      @Nullable String release,
      int releases,
      int commits,
      List<SuspectMatcher.Suspect> suspects,
      Instant now) {
    jdbc.sql("delete from scm_suspect_commits where issue_id = :issue")
        .param("issue", issueId)
        .update();
    jdbc.sql("delete from scm_issue_suspects where issue_id = :issue")
        .param("issue", issueId)
        .update();
    jdbc.sql(
            """
            insert into scm_issue_suspects (issue_id, status, release_version, releases, commits,
              computed_at)
            values (:issue, :status, :release, :releases, :commits, :now)""")
        .param("issue", issueId)
        .param("status", status.name())
        .param("release", release, java.sql.Types.VARCHAR)
        .param("releases", releases)
        .param("commits", commits)
        .param("now", Jdbc.timestamp(now))
        .update();
    for (int i = 0; i < suspects.size(); i++) {
      SuspectMatcher.Suspect suspect = suspects.get(i);
      jdbc.sql(
              """
              insert into scm_suspect_commits (issue_id, position, commit_id, score, frames, files)
              values (:issue, :position, :commit, :score, :frames, :files)""")
          .param("issue", issueId)
          .param("position", i)
          .param("commit", suspect.commitId())
          .param("score", suspect.score())
          .param("frames", suspect.frames())
          .param("files", json.writeValueAsString(suspect.files()))
          .update();
    }
  }

  Optional<Outcome> outcome(long issueId) {
    return jdbc.sql("select * from scm_issue_suspects where issue_id = :issue")
        .param("issue", issueId)
        .query(
            (rs, row) ->
                new Outcome(
                    SuspectStatus.valueOf(rs.getString("status")),
                    rs.getString("release_version"),
                    rs.getInt("releases"),
                    rs.getInt("commits"),
                    Jdbc.instant(rs, "computed_at")))
        .optional();
  }

  List<SuspectCommit> suspects(long issueId) {
    return jdbc.sql(
            """
            select s.*, c.sha, c.message, c.author_name, c.author_email, c.authored_at,
              r.name as repository_name, r.url as repository_url, r.ado_project,
              r.integration_id
            from scm_suspect_commits s
            join scm_commits c on c.id = s.commit_id
            join scm_repositories r on r.id = c.repository_id
            where s.issue_id = :issue order by s.position""")
        .param("issue", issueId)
        .query(
            (rs, row) -> {
              // the repository as the repos API lists it (always with its project)
              String url =
                  RepoUrls.listed(rs.getString("repository_url"), rs.getString("ado_project"));
              String sha = rs.getString("sha");
              return new SuspectCommit(
                  sha,
                  rs.getString("message"),
                  rs.getString("author_name"),
                  rs.getString("author_email"),
                  Jdbc.nullableInstant(rs, "authored_at"),
                  rs.getString("repository_name"),
                  url == null ? null : url + "/commit/" + sha,
                  json.readValue(rs.getString("files"), PATHS),
                  rs.getInt("score"),
                  rs.getInt("frames"),
                  rs.getLong("integration_id"));
            })
        .list();
  }

  /**
   * The issues of these projects whose release (the last, else the first) is one of these versions.
   */
  List<Long> issuesIn(
      long organizationId, Collection<Long> projectIds, Collection<String> versions) {
    if (projectIds.isEmpty() || versions.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select id from issues where organization_id = :org and project_id in (:projects)
              and coalesce(last_release, first_release) in (:versions) order by id""")
        .param("org", organizationId)
        .param("projects", List.copyOf(projectIds))
        .param("versions", List.copyOf(versions))
        .query(Long.class)
        .list();
  }

  /**
   * The release and the {@code count - 1} releases after it (by release date, else creation) that
   * share a project with it: the releases whose window it is in.
   */
  List<Release> releasesFrom(Release release, int count) {
    Instant at = release.releasedAt() != null ? release.releasedAt() : release.createdAt();
    List<Release> later =
        jdbc
            .sql(
                """
                select distinct r.* from scm_releases r
                join scm_release_projects p on p.release_id = r.id
                where r.organization_id = :org and p.project_id in (
                  select project_id from scm_release_projects where release_id = :release)
                  and coalesce(r.released_at, r.created_at) >= :at and r.id <> :release""")
            .param("org", release.organizationId())
            .param("release", release.id())
            .param("at", Jdbc.timestamp(at))
            .query(ReleaseRepository::release)
            .list()
            .stream()
            .sorted(
                java.util.Comparator.comparing(
                        (Release r) -> r.releasedAt() != null ? r.releasedAt() : r.createdAt())
                    .thenComparing(Release::id))
            .limit(Math.max(0, count - 1))
            .toList();
    List<Release> all = new ArrayList<>();
    all.add(release);
    all.addAll(later);
    return all;
  }

  /** The issues of the project that have a release: those with suspect commits to look for. */
  List<Long> issuesWithRelease(long projectId) {
    return jdbc.sql(
            "select id from issues where project_id = :project"
                + " and coalesce(last_release, first_release) is not null order by id")
        .param("project", projectId)
        .query(Long.class)
        .list();
  }

  boolean autoAssigns(long projectId) {
    return jdbc.sql(
            "select auto_assign_suspect_commits from scm_project_ownership"
                + " where project_id = :project")
        .param("project", projectId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  void setAutoAssign(long projectId, boolean on, Instant now) {
    jdbc.sql("delete from scm_project_ownership where project_id = :project")
        .param("project", projectId)
        .update();
    jdbc.sql(
            """
            insert into scm_project_ownership (project_id, auto_assign_suspect_commits, updated_at)
            values (:project, :on, :now)""")
        .param("project", projectId)
        .param("on", on)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  Optional<Instant> ownershipUpdated(long projectId) {
    return jdbc.sql("select updated_at from scm_project_ownership where project_id = :project")
        .param("project", projectId)
        .query((rs, row) -> Jdbc.instant(rs, "updated_at"))
        .optional();
  }
}
