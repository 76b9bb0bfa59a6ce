package dev.adolink.server.ingest;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ingest_events} table: the normalized events of each issue. */
@Repository
class EventRepository {

  /** A stored event; {@code data} is its normalized JSON. */
  record StoredEvent(
      long id,
      long issueId,
      long projectId,
      String eventId,
      Instant occurredAt,
      Instant receivedAt,
      @Nullable String release,
      @Nullable String environment,
      String hash,
      String data) {}

  private final JdbcClient jdbc;

  EventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(long projectId, String eventId) {
    return jdbc.sql(
                "select count(*) from ingest_events where project_id = :project and event_id = :event")
            .param("project", projectId)
            .param("event", eventId)
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(
      long issueId,
      long projectId,
      SentryEvent event,
      Instant receivedAt,
      String hash,
      String data) {
    jdbc.sql(
            """
            insert into ingest_events (issue_id, project_id, event_id, occurred_at, received_at,
              release, environment, hash, data)
            values (:issue, :project, :event, :occurred, :received, :release, :environment,
              :hash, :data)""")
        .param("issue", issueId)
        .param("project", projectId)
        .param("event", event.eventId())
        .param("occurred", Jdbc.timestamp(event.timestamp()))
        .param("received", Jdbc.timestamp(receivedAt))
        .param("release", event.release(), java.sql.Types.VARCHAR)
        .param("environment", EventNormalizer.cut(event.environment(), 64), java.sql.Types.VARCHAR)
        .param("hash", hash)
        .param("data", data)
        .update();
  }

  /**
   * The issue's events, latest first; {@code before} is the id of the last one of the previous
   * page.
   */
  List<StoredEvent> ofIssue(long issueId, @Nullable Long before, int limit) {
    return jdbc.sql(
            """
            select * from ingest_events where issue_id = :issue
              and (cast(:before as bigint) is null or id < :before)
            order by id desc limit :limit""")
        .param("issue", issueId)
        .param("before", before, java.sql.Types.BIGINT)
        .param("limit", limit)
        .query(EventRepository::event)
        .list();
  }

  Optional<StoredEvent> find(long issueId, String eventId) {
    return jdbc.sql("select * from ingest_events where issue_id = :issue and event_id = :event")
        .param("issue", issueId)
        .param("event", eventId)
        .query(EventRepository::event)
        .optional();
  }

  /** Deletes events received before {@code before}. */
  int pruneOlderThan(Instant before) {
    return jdbc.sql("delete from ingest_events where received_at < :before")
        .param("before", Jdbc.timestamp(before))
        .update();
  }

  /** Deletes the events of each issue beyond its newest {@code keep}. */
  int pruneBeyond(int keep) {
    List<Long> issues =
        jdbc.sql(
                """
                select issue_id from ingest_events group by issue_id having count(*) > :keep""")
            .param("keep", keep)
            .query(Long.class)
            .list();
    int deleted = 0;
    for (long issue : issues) {
      Long cutoff =
          jdbc.sql(
                  """
                  select id from ingest_events where issue_id = :issue
                  order by id desc offset :keep limit 1""")
              .param("issue", issue)
              .param("keep", keep - 1)
              .query(Long.class)
              .optional()
              .orElse(null);
      if (cutoff != null) {
        deleted +=
            jdbc.sql("delete from ingest_events where issue_id = :issue and id < :cutoff")
                .param("issue", issue)
                .param("cutoff", cutoff)
                .update();
      }
    }
    return deleted;
  }

  private static StoredEvent event(ResultSet rs, int row) throws SQLException {
    return new StoredEvent(
        rs.getLong("id"),
        rs.getLong("issue_id"),
        rs.getLong("project_id"),
        rs.getString("event_id"),
        Jdbc.instant(rs, "occurred_at"),
        Jdbc.instant(rs, "received_at"),
        rs.getString("release"),
        rs.getString("environment"),
        rs.getString("hash"),
        rs.getString("data"));
  }
}
