package dev.adolink.server.ingest;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code ingest_inbox} table: each accepted event as received, until its job processed it. An
 * event is inserted once per (project, event id): a re-sent event inserts nothing ({@code on
 * conflict do nothing}), so the request needs no read before its write.
 */
@Repository
class EventInbox {

  static final String RECEIVED = "received";
  static final String PROCESSED = "processed";
  static final String FAILED = "failed";

  /** A stored event as its job reads it. */
  record Stored(
      long id,
      long projectId,
      String eventId,
      String status,
      String body,
      @Nullable String clientIp,
      Instant receivedAt) {}

  private final JdbcClient jdbc;

  EventInbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Its id, or empty when this event was received before. */
  Optional<Long> store(
      long projectId,
      long keyId,
      String eventId,
      String body,
      @Nullable String clientIp,
      Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    int inserted =
        jdbc.sql(
                """
                insert into ingest_inbox (project_id, key_id, event_id, status, body, client_ip,
                  received_at)
                values (:project, :key, :event, 'received', :body, :ip, :now)
                on conflict do nothing""")
            .param("project", projectId)
            .param("key", keyId)
            .param("event", eventId)
            .param("body", body)
            .param("ip", clientIp, java.sql.Types.VARCHAR)
            .param("now", Jdbc.timestamp(now))
            .update(keys, "id");
    if (inserted == 0 || keys.getKey() == null) {
      return Optional.empty();
    }
    return Optional.of(keys.getKey().longValue());
  }

  Optional<Stored> find(long id) {
    return jdbc.sql("select * from ingest_inbox where id = :id")
        .param("id", id)
        .query(
            (rs, row) ->
                new Stored(
                    rs.getLong("id"),
                    rs.getLong("project_id"),
                    rs.getString("event_id"),
                    rs.getString("status"),
                    rs.getString("body"),
                    rs.getString("client_ip"),
                    Jdbc.instant(rs, "received_at")))
        .optional();
  }

  /** Marks the event processed and drops its body (the normalized event is kept with its issue). */
  void finish(long id, String status, Instant now) {
    jdbc.sql(
            """
            update ingest_inbox set status = :status, processed_at = :now,
              body = case when :status = 'processed' then '' else body end
            where id = :id""")
        .param("id", id)
        .param("status", status)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  /** Processed inbox rows received before {@code before} (their event ids guard re-sends). */
  int pruneProcessed(Instant before) {
    return jdbc.sql("delete from ingest_inbox where status = 'processed' and received_at < :before")
        .param("before", Jdbc.timestamp(before))
        .update();
  }

  long pending() {
    return jdbc.sql("select count(*) from ingest_inbox where status = 'received'")
        .query(Long.class)
        .single();
  }
}
