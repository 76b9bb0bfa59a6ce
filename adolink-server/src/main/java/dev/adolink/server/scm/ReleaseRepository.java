package dev.adolink.server.scm;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code scm_releases} table with its projects, refs and commits. The fetch columns are written
 * by {@link FetchProgress}.
 */
@Repository
class ReleaseRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ReleaseRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  long insert(long organizationId, String version, CommitFetch.Status status, Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into scm_releases (organization_id, version, created_at, fetch_status,
                  fetch_updated_at)
                values (:org, :version, :now, :status, :now)""")
            .param("org", organizationId)
            .param("version", version)
            .param("status", status.name())
            .param("now", Jdbc.timestamp(now)));
  }

  Optional<Release> find(long organizationId, String version) {
    return jdbc.sql(
            "select * from scm_releases where organization_id = :org and version = :version")
        .param("org", organizationId)
        .param("version", version)
        .query(ReleaseRepository::release)
        .optional();
  }

  Optional<Release> find(long id) {
    return jdbc.sql("select * from scm_releases where id = :id")
        .param("id", id)
        .query(ReleaseRepository::release)
        .optional();
  }

  /** Newest first. */
  List<Release> list(long organizationId, int limit) {
    return jdbc.sql(
            "select * from scm_releases where organization_id = :org"
                + " order by created_at desc, id desc limit :limit")
        .param("org", organizationId)
        .param("limit", limit)
        .query(ReleaseRepository::release)
        .list();
  }

  void markReleased(long id, Instant at) {
    jdbc.sql("update scm_releases set released_at = :at where id = :id and released_at is null")
        .param("id", id)
        .param("at", Jdbc.timestamp(at))
        .update();
  }

  void addProjects(long releaseId, Collection<Long> projectIds) {
    for (long projectId : projectIds) {
      jdbc.sql(
              """
              insert into scm_release_projects (release_id, project_id)
              select :release, :project where not exists (
                select 1 from scm_release_projects where release_id = :release
                  and project_id = :project)""")
          .param("release", releaseId)
          .param("project", projectId)
          .update();
    }
  }

  List<Long> projectIds(long releaseId) {
    return jdbc.sql("select project_id from scm_release_projects where release_id = :release")
        .param("release", releaseId)
        .query(Long.class)
        .list();
  }

  void replaceRefs(long releaseId, List<ReleaseRef> refs) {
    jdbc.sql("delete from scm_release_refs where release_id = :release")
        .param("release", releaseId)
        .update();
    for (int i = 0; i < refs.size(); i++) {
      ReleaseRef ref = refs.get(i);
      jdbc.sql(
              """
              insert into scm_release_refs (release_id, repository_id, position, commit_sha,
                previous_commit_sha)
              values (:release, :repo, :position, :commit, :previous)""")
          .param("release", releaseId)
          .param("repo", ref.repositoryId())
          .param("position", i)
          .param("commit", ref.commit())
          .param("previous", ref.previousCommit())
          .update();
    }
  }

  List<ReleaseRef> refs(long releaseId) {
    return jdbc.sql(
            """
            select f.*, r.name from scm_release_refs f
            join scm_repositories r on r.id = f.repository_id
            where f.release_id = :release order by f.position""")
        .param("release", releaseId)
        .query(
            (rs, row) ->
                new ReleaseRef(
                    rs.getLong("repository_id"),
                    rs.getString("name"),
                    rs.getString("commit_sha"),
                    rs.getString("previous_commit_sha")))
        .list();
  }

  /** The head commit of the repository in the newest release before this one that has a ref. */
  Optional<String> previousHead(Release release, long repositoryId) {
    return jdbc.sql(
            """
            select f.commit_sha from scm_release_refs f
            join scm_releases r on r.id = f.release_id
            where f.repository_id = :repo and r.organization_id = :org and r.id < :release
            order by r.id desc limit 1""")
        .param("repo", repositoryId)
        .param("org", release.organizationId())
        .param("release", release.id())
        .query(String.class)
        .optional();
  }

  /** Makes these commits, in this order, the release's commits. */
  void replaceCommits(long releaseId, List<Long> commitIds) {
    jdbc.sql("delete from scm_release_commits where release_id = :release")
        .param("release", releaseId)
        .update();
    List<Object[]> rows = new ArrayList<>(commitIds.size());
    for (int i = 0; i < commitIds.size(); i++) {
      rows.add(new Object[] {releaseId, commitIds.get(i), i});
    }
    batch.batchUpdate(
        "insert into scm_release_commits (release_id, commit_id, position) values (?, ?, ?)", rows);
  }

  int commitCount(long releaseId) {
    return jdbc.sql("select count(*) from scm_release_commits where release_id = :release")
        .param("release", releaseId)
        .query(Integer.class)
        .single();
  }

  static Release release(ResultSet rs, int row) throws SQLException {
    int total = rs.getInt("commits_total");
    boolean totalKnown = !rs.wasNull();
    return new Release(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getString("version"),
        Jdbc.instant(rs, "created_at"),
        Jdbc.nullableInstant(rs, "released_at"),
        new CommitFetch(
            CommitFetch.Status.valueOf(rs.getString("fetch_status")),
            rs.getInt("commits_fetched"),
            totalKnown ? total : null,
            rs.getString("fetch_error"),
            rs.getInt("fetch_attempts"),
            Jdbc.nullableInstant(rs, "fetch_updated_at")));
  }
}
