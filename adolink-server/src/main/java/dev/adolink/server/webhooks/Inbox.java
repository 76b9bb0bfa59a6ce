package dev.adolink.server.webhooks;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code webhook_deliveries} table. An accepted delivery is inserted once per (installation,
 * delivery key): a re-delivery inserts nothing ({@code on conflict do nothing}, which H2 supports
 * in PostgreSQL mode), so the request needs no read before its write.
 */
@Repository
public class Inbox {

  /** A delivery's status ({@code webhook_deliveries.status}, the API's {@code status}). */
  public enum Status {
    /** stored with its processing job, not handled yet */
    RECEIVED,
    /** handed to every handler of its event type */
    PROCESSED,
    /** no handler wants its event type, or its installation was removed */
    IGNORED,
    /** refused at the intake (kept with the reason and the start of the body) */
    REJECTED;

    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Status> of(String wire) {
      return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }
  }

  /** What the API shows of a delivery (not its body). */
  public record Entry(
      long id,
      @Nullable Long installationId,
      @Nullable String eventType,
      @Nullable String deliveryKey,
      Status status,
      int httpStatus,
      @Nullable String reason,
      Instant receivedAt,
      @Nullable Instant processedAt) {}

  /** A stored delivery, as the processing job reads it. */
  record Stored(
      long id, long installationId, String eventType, Status status, String body, Instant at) {}

  private final JdbcClient jdbc;

  Inbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a delivery of an installation with status {@code received} or {@code ignored}.
   *
   * @return its id, or empty when this delivery was stored before
   */
  Optional<Long> store(
      long installationId,
      String adoOrganizationId,
      String deliveryKey,
      String eventType,
      Status status,
      @Nullable String reason,
      String body,
      Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    int inserted =
        jdbc.sql(
                """
                insert into webhook_deliveries (integration_id, ado_organization_id, delivery_key,
                  event_type, status, http_status, reason, body, received_at)
                values (:installation, :ado, :key, :type, :status, 200, :reason, :body, :now)
                on conflict do nothing""")
            .param("installation", installationId)
            .param("ado", adoOrganizationId)
            .param("key", deliveryKey)
            .param("type", eventType)
            .param("status", status.wire())
            .param("reason", reason)
            .param("body", body)
            .param("now", Jdbc.timestamp(now))
            .update(keys, "id");
    if (inserted == 0 || keys.getKey() == null) {
      return Optional.empty();
    }
    return Optional.of(keys.getKey().longValue());
  }

  /**
   * Stores a rejected delivery, for the installation when one is known (else for its ADO
   * organization when known, else unattributed).
   */
  void reject(
      @Nullable Long installationId,
      @Nullable String adoOrganizationId,
      @Nullable String eventType,
      int httpStatus,
      String reason,
      @Nullable String body,
      Instant now) {
    jdbc.sql(
            """
            insert into webhook_deliveries (integration_id, ado_organization_id, event_type, status,
              http_status, reason, body, received_at)
            values (:installation, :ado, :type, :status, :http, :reason, :body, :now)""")
        .param("installation", installationId)
        .param("ado", adoOrganizationId)
        .param("type", eventType)
        .param("status", Status.REJECTED.wire())
        .param("http", httpStatus)
        .param("reason", reason)
        .param("body", body)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  Optional<Stored> find(long id) {
    return jdbc.sql(
            "select * from webhook_deliveries where id = :id and integration_id is not null")
        .param("id", id)
        .query(
            (rs, row) ->
                new Stored(
                    rs.getLong("id"),
                    rs.getLong("integration_id"),
                    rs.getString("event_type"),
                    status(rs),
                    rs.getString("body"),
                    Jdbc.instant(rs, "received_at")))
        .optional();
  }

  void finish(long id, Status status, @Nullable String reason, Instant now) {
    jdbc.sql(
            """
            update webhook_deliveries set status = :status, reason = :reason, processed_at = :now
            where id = :id""")
        .param("id", id)
        .param("status", status.wire())
        .param("reason", reason)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  /**
   * The deliveries of an installation, and the rejections for its ADO organization that no
   * installation could be named for; newest first.
   */
  List<Entry> of(
      long installationId, String adoOrganizationId, @Nullable Status status, int limit) {
    return jdbc.sql(
            """
            select * from webhook_deliveries
            where (integration_id = :installation
                   or (integration_id is null and ado_organization_id = :ado))
              and (cast(:status as varchar) is null or status = :status)
            order by received_at desc, id desc limit :limit""")
        .param("installation", installationId)
        .param("ado", adoOrganizationId)
        .param("status", status == null ? null : status.wire())
        .param("limit", limit)
        .query(Inbox::entry)
        .list();
  }

  /** Rejections that name no known ADO organization (unreadable payloads). */
  List<Entry> unattributed(int limit) {
    return jdbc.sql(
            """
            select * from webhook_deliveries
            where integration_id is null and status = :rejected
            order by received_at desc, id desc limit :limit""")
        .param("rejected", Status.REJECTED.wire())
        .param("limit", limit)
        .query(Inbox::entry)
        .list();
  }

  private static Status status(ResultSet rs) throws SQLException {
    String wire = rs.getString("status");
    return Status.of(wire).orElseThrow(() -> new IllegalStateException("status " + wire));
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(
        rs.getLong("id"),
        Jdbc.nullableLong(rs, "integration_id"),
        rs.getString("event_type"),
        rs.getString("delivery_key"),
        status(rs),
        rs.getInt("http_status"),
        rs.getString("reason"),
        Jdbc.instant(rs, "received_at"),
        Jdbc.nullableInstant(rs, "processed_at"));
  }
}
