package dev.adolink.server.scm;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code scm_commits} and {@code scm_commit_files} tables. */
@Repository
class CommitRepository {

  /** Bound parameters per {@code in (...)} list, well below every driver's limit. */
  private static final int IN_LIST = 500;

  private static final String SELECT =
      """
      select c.*, r.name as repository_name from scm_commits c
      join scm_repositories r on r.id = c.repository_id
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  CommitRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** The ids of those of these commits that are stored, by sha. */
  Map<String, Long> ids(long repositoryId, Collection<String> shas) {
    Map<String, Long> ids = new HashMap<>();
    List<String> all = List.copyOf(shas);
    for (int from = 0; from < all.size(); from += IN_LIST) {
      jdbc.sql("select id, sha from scm_commits where repository_id = :repo and sha in (:shas)")
          .param("repo", repositoryId)
          .param("shas", all.subList(from, Math.min(all.size(), from + IN_LIST)))
          .query((rs, row) -> ids.put(rs.getString("sha"), rs.getLong("id")))
          .list();
    }
    return ids;
  }

  /** Stores the commits not stored yet, each with its files. */
  @Transactional
  void insert(long repositoryId, List<FetchedCommit> commits, Instant now) {
    Map<String, FetchedCommit> bySha = new LinkedHashMap<>();
    commits.forEach(commit -> bySha.putIfAbsent(commit.sha(), commit));
    bySha.keySet().removeAll(ids(repositoryId, bySha.keySet()).keySet());
    if (bySha.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    for (FetchedCommit commit : bySha.values()) {
      rows.add(
          new Object[] {
            repositoryId,
            commit.sha(),
            commit.message(),
            commit.authorName(),
            commit.authorEmail(),
            Jdbc.timestamp(commit.authoredAt()),
            Jdbc.timestamp(now)
          });
    }
    batch.batchUpdate(
        """
        insert into scm_commits (repository_id, sha, message, author_name, author_email,
          authored_at, created_at)
        values (?, ?, ?, ?, ?, ?, ?)""",
        rows);
    Map<String, Long> ids = ids(repositoryId, bySha.keySet());
    List<Object[]> files = new ArrayList<>();
    bySha.forEach(
        (sha, commit) ->
            commit
                .files()
                .forEach(
                    f ->
                        files.add(
                            new Object[] {
                              ids.get(sha), f.path(), f.type(), FramePaths.fileName(f.path())
                            })));
    if (!files.isEmpty()) {
      batch.batchUpdate(
          "insert into scm_commit_files (commit_id, path, type, file_name) values (?, ?, ?, ?)",
          files);
    }
  }

  /** The commits of a release in its order, with their files. */
  List<StoredCommit> ofRelease(long releaseId) {
    List<StoredCommit> rows = messagesOfRelease(releaseId);
    Map<Long, List<FileChange>> files =
        files(
            jdbc.sql(
                    """
                    select f.* from scm_commit_files f
                    join scm_release_commits rc on rc.commit_id = f.commit_id
                    where rc.release_id = :release order by f.path, f.type""")
                .param("release", releaseId));
    return rows.stream().map(c -> c.withFiles(files.getOrDefault(c.id(), List.of()))).toList();
  }

  /** The commits of a release in its order, without their files. */
  List<StoredCommit> messagesOfRelease(long releaseId) {
    return jdbc.sql(
            SELECT
                + """
                join scm_release_commits rc on rc.commit_id = c.id
                where rc.release_id = :release order by rc.position""")
        .param("release", releaseId)
        .query(CommitRepository::row)
        .list();
  }

  /** The newest commits of a repository (by author date), with their files. */
  List<StoredCommit> ofRepository(long repositoryId, int limit) {
    List<StoredCommit> rows =
        jdbc.sql(
                SELECT
                    + "where c.repository_id = :repo order by c.authored_at desc, c.id desc"
                    + " limit :limit")
            .param("repo", repositoryId)
            .param("limit", limit)
            .query(CommitRepository::row)
            .list();
    List<Long> ids = rows.stream().map(StoredCommit::id).toList();
    Map<Long, List<FileChange>> files =
        ids.isEmpty()
            ? Map.of()
            : files(
                jdbc.sql(
                        "select * from scm_commit_files where commit_id in (:ids)"
                            + " order by path, type")
                    .param("ids", ids));
    return rows.stream().map(c -> c.withFiles(files.getOrDefault(c.id(), List.of()))).toList();
  }

  private static Map<Long, List<FileChange>> files(JdbcClient.StatementSpec query) {
    Map<Long, List<FileChange>> files = new HashMap<>();
    query
        .query(
            (rs, row) ->
                files
                    .computeIfAbsent(rs.getLong("commit_id"), id -> new ArrayList<>())
                    .add(new FileChange(rs.getString("path"), rs.getString("type").trim())))
        .list();
    return files;
  }

  private static StoredCommit row(ResultSet rs, int row) throws SQLException {
    return new StoredCommit(
        rs.getLong("id"),
        rs.getString("sha"),
        rs.getString("repository_name"),
        rs.getString("message"),
        rs.getString("author_name"),
        rs.getString("author_email"),
        Jdbc.nullableInstant(rs, "authored_at"),
        List.of());
  }
}
