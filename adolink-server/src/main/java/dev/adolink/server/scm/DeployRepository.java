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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code scm_deploys} table. */
@Repository
class DeployRepository {

  private final JdbcClient jdbc;

  DeployRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long releaseId, NewDeploy deploy, Instant finishedAt, Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into scm_deploys (release_id, environment, name, url, started_at,
                  finished_at, created_at, result, external_key)
                values (:release, :environment, :name, :url, :started, :finished, :now, :result,
                  :key)""")
            .param("release", releaseId)
            .param("environment", deploy.environment())
            .param("name", deploy.name())
            .param("url", deploy.url())
            .param("started", Jdbc.timestamp(deploy.startedAt()))
            .param("finished", Jdbc.timestamp(finishedAt))
            .param("now", Jdbc.timestamp(now))
            .param("result", deploy.result())
            .param("key", deploy.externalKey()));
  }

  Optional<Long> find(long releaseId, String externalKey) {
    return jdbc.sql(
            "select id from scm_deploys where release_id = :release and external_key = :key")
        .param("release", releaseId)
        .param("key", externalKey)
        .query(Long.class)
        .optional();
  }

  /** Newest first. */
  List<Deploy> of(long releaseId) {
    return jdbc.sql(
            "select * from scm_deploys where release_id = :release order by finished_at desc, id"
                + " desc")
        .param("release", releaseId)
        .query(DeployRepository::deploy)
        .list();
  }

  /** The deploys of each of these releases, newest first (one query for a page of releases). */
  Map<Long, List<Deploy>> ofReleases(Collection<Long> releaseIds) {
    Map<Long, List<Deploy>> byRelease = new HashMap<>();
    if (releaseIds.isEmpty()) {
      return byRelease;
    }
    jdbc.sql(
            "select * from scm_deploys where release_id in (:releases)"
                + " order by finished_at desc, id desc")
        .param("releases", releaseIds)
        .query(
            (RowCallbackHandler)
                rs ->
                    byRelease
                        .computeIfAbsent(rs.getLong("release_id"), id -> new ArrayList<>())
                        .add(deploy(rs, 0)));
    return byRelease;
  }

  private static Deploy deploy(ResultSet rs, int row) throws SQLException {
    return new Deploy(
        rs.getLong("id"),
        rs.getString("environment"),
        rs.getString("name"),
        rs.getString("url"),
        Jdbc.nullableInstant(rs, "started_at"),
        Jdbc.instant(rs, "finished_at"),
        rs.getString("result"));
  }
}
