package dev.adolink.server.scm;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
    return insert(organizationId, new NewRelease(version, List.of(), List.of()), status, now);
  }

  long insert(long organizationId, NewRelease release, CommitFetch.Status status, Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into scm_releases (organization_id, version, created_at, fetch_status,
                  fetch_updated_at, url, started_at, released_at)
                values (:org, :version, :now, :status, :now, :url, :started, :released)""")
            .param("org", organizationId)
            .param("version", release.version().strip())
            .param("status", status.name())
            .param("now", Jdbc.timestamp(now))
            .param("url", release.url())
            .param("started", Jdbc.timestamp(release.startedAt()))
            .param("released", Jdbc.timestamp(release.releasedAt())));
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

  /** Newest first; with a project, only the releases of that project. */
  List<Release> list(long organizationId, @Nullable Long projectId, int offset, int limit) {
    return jdbc.sql(
            "select * from scm_releases r where organization_id = :org"
                + (projectId == null
                    ? ""
                    : " and exists (select 1 from scm_release_projects p"
                        + " where p.release_id = r.id and p.project_id = :project)")
                + " order by created_at desc, id desc limit :limit offset :offset")
        .param("org", organizationId)
        .param("project", projectId)
        .param("limit", limit)
        .param("offset", offset)
        .query(ReleaseRepository::release)
        .list();
  }

  /** The newest release whose head commit (in a ref, else its newest commit) is this one. */
  Optional<Release> withHead(long organizationId, String commit) {
    return jdbc.sql(
            """
            select * from scm_releases r where r.organization_id = :org and (
              exists (select 1 from scm_release_refs f where f.release_id = r.id
                and f.commit_sha = :sha)
              or exists (select 1 from scm_release_commits rc
                join scm_commits c on c.id = rc.commit_id
                where rc.release_id = r.id and rc.position = 0 and c.sha = :sha))
            order by r.id desc limit 1""")
        .param("org", organizationId)
        .param("sha", commit.toLowerCase(java.util.Locale.ROOT))
        .query(ReleaseRepository::release)
        .optional();
  }

  /** The newest release created before this one whose commits are known. */
  Optional<Release> previousWithCommits(Release release) {
    return jdbc.sql(
            """
            select * from scm_releases r where r.organization_id = :org and r.id < :release
              and exists (select 1 from scm_release_commits c where c.release_id = r.id)
            order by r.id desc limit 1""")
        .param("org", release.organizationId())
        .param("release", release.id())
        .query(ReleaseRepository::release)
        .optional();
  }

  /** The release's newest commit: the first of its first ref. */
  Optional<String> headCommit(long releaseId) {
    return jdbc.sql(
            """
            select c.sha from scm_release_commits rc join scm_commits c on c.id = rc.commit_id
            where rc.release_id = :release order by rc.position limit 1""")
        .param("release", releaseId)
        .query(String.class)
        .optional();
  }

  void update(long id, @Nullable String url, @Nullable Instant releasedAt) {
    if (url != null) {
      jdbc.sql("update scm_releases set url = :url where id = :id")
          .param("id", id)
          .param("url", url)
          .update();
    }
    if (releasedAt != null) {
      jdbc.sql("update scm_releases set released_at = :at where id = :id")
          .param("id", id)
          .param("at", Jdbc.timestamp(releasedAt))
          .update();
    }
  }

  /** Forgets the release's refs and commits: its commits are unknown again. */
  void clearCommits(long releaseId, Instant now) {
    replaceRefs(releaseId, List.of());
    replaceCommits(releaseId, List.of());
    jdbc.sql(
            """
            update scm_releases set fetch_status = :status, commits_fetched = 0,
              commits_total = null, fetch_error = null, fetch_updated_at = :now where id = :id""")
        .param("id", releaseId)
        .param("status", CommitFetch.Status.NONE.name())
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  void delete(long releaseId) {
    for (String table :
        List.of("scm_deploys", "scm_release_commits", "scm_release_refs", "scm_release_projects")) {
      jdbc.sql("delete from " + table + " where release_id = :release")
          .param("release", releaseId)
          .update();
    }
    jdbc.sql("delete from scm_releases where id = :release").param("release", releaseId).update();
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
        .query((rs, row) -> ref(rs))
        .list();
  }

  /** What a list of releases shows of each, read in one query per kind for the whole page. */
  record PageData(
      Map<Long, String> heads,
      Map<Long, List<Long>> projectIds,
      Map<Long, List<ReleaseRef>> refs,
      Map<Long, Integer> commitCounts) {}

  PageData pageData(Collection<Long> releaseIds) {
    PageData data =
        new PageData(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    if (releaseIds.isEmpty()) {
      return data;
    }
    jdbc.sql(
            """
            select rc.release_id, c.sha from scm_release_commits rc
            join (select release_id, min(position) as head from scm_release_commits
                  where release_id in (:releases) group by release_id) h
              on h.release_id = rc.release_id and h.head = rc.position
            join scm_commits c on c.id = rc.commit_id""")
        .param("releases", releaseIds)
        .query(
            (RowCallbackHandler)
                rs -> data.heads().putIfAbsent(rs.getLong("release_id"), rs.getString("sha")));
    jdbc.sql(
            "select release_id, project_id from scm_release_projects where release_id in"
                + " (:releases)")
        .param("releases", releaseIds)
        .query(
            (RowCallbackHandler)
                rs ->
                    data.projectIds()
                        .computeIfAbsent(rs.getLong("release_id"), id -> new ArrayList<>())
                        .add(rs.getLong("project_id")));
    jdbc.sql(
            """
            select f.*, r.name from scm_release_refs f
            join scm_repositories r on r.id = f.repository_id
            where f.release_id in (:releases) order by f.release_id, f.position""")
        .param("releases", releaseIds)
        .query(
            (RowCallbackHandler)
                rs ->
                    data.refs()
                        .computeIfAbsent(rs.getLong("release_id"), id -> new ArrayList<>())
                        .add(ref(rs)));
    jdbc.sql(
            "select release_id, count(*) as n from scm_release_commits where release_id in"
                + " (:releases) group by release_id")
        .param("releases", releaseIds)
        .query(
            (RowCallbackHandler)
                rs -> data.commitCounts().put(rs.getLong("release_id"), rs.getInt("n")));
    return data;
  }

  private static ReleaseRef ref(ResultSet rs) throws SQLException {
    return new ReleaseRef(
        rs.getLong("repository_id"),
        rs.getString("name"),
        rs.getString("commit_sha"),
        rs.getString("previous_commit_sha"));
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
            Jdbc.nullableInstant(rs, "fetch_updated_at")),
        rs.getString("url"),
        Jdbc.nullableInstant(rs, "started_at"));
  }
}
