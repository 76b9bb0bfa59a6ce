package dev.adolink.server.sync;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import java.util.Collection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_written_revisions} table: the work item revisions adolink's own writes made. ADO
 * announces them with {@code workitem.updated} like any change; those deliveries are echoes.
 */
@Repository
class WrittenRevisions {

  record Revision(int workItemId, int rev) {}

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  WrittenRevisions(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void add(long installationId, Collection<Revision> revisions, Instant now) {
    MapSqlParameterSource[] rows =
        revisions.stream()
            .map(
                r ->
                    new MapSqlParameterSource()
                        .addValue("installation", installationId)
                        .addValue("workItem", r.workItemId())
                        .addValue("rev", r.rev())
                        .addValue("now", Jdbc.timestamp(now)))
            .toArray(MapSqlParameterSource[]::new);
    if (rows.length > 0) {
      batch.batchUpdate(
          """
          insert into sync_written_revisions (integration_id, work_item_id, rev, created_at)
          values (:installation, :workItem, :rev, :now) on conflict do nothing""",
          rows);
    }
  }

  /** Forgets revisions written before {@code before} (their deliveries are long done). */
  void prune(Instant before) {
    jdbc.sql("delete from sync_written_revisions where created_at < :before")
        .param("before", Jdbc.timestamp(before))
        .update();
  }
}
