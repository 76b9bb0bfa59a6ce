package dev.adolink.server.ingest;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ingest_groups} table: which issue a grouping hash of a project belongs to. Events of
 * one group are processed one at a time: each locks its group's row first.
 */
@Repository
class GroupRepository {

  /** The locked group row; {@code issueId} is null while its first event creates the issue. */
  record Group(@Nullable Long issueId) {}

  private final JdbcClient jdbc;

  GroupRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the group's row, creating it (without an issue) when the hash is new. */
  Group lock(long projectId, String hash) {
    Optional<Group> existing = select(projectId, hash);
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql(
            """
            insert into ingest_groups (project_id, hash, issue_id) values (:project, :hash, null)
            on conflict do nothing""")
        .param("project", projectId)
        .param("hash", hash)
        .update();
    return select(projectId, hash).orElseThrow();
  }

  void assign(long projectId, String hash, long issueId) {
    jdbc.sql(
            "update ingest_groups set issue_id = :issue where project_id = :project and hash = :hash")
        .param("issue", issueId)
        .param("project", projectId)
        .param("hash", hash)
        .update();
  }

  private Optional<Group> select(long projectId, String hash) {
    return jdbc.sql(
            """
            select issue_id from ingest_groups where project_id = :project and hash = :hash
            for update""")
        .param("project", projectId)
        .param("hash", hash)
        .query(
            (rs, row) ->
                new Group(rs.getObject("issue_id") == null ? null : rs.getLong("issue_id")))
        .optional();
  }
}
