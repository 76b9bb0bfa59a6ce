package dev.adolink.server.webhooks;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
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
    REJECTED,
    /** a handler failed on every attempt (the reason is the last failure) */
    FAILED;

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
      long id,
      long installationId,
      String eventType,
      Status status,
      String body,
      Instant at,
      int attempts) {}

  /** A delivery to store as received ({@link #storeAll}). */
  record Received(
      long installationId,
      String adoOrganizationId,
      String deliveryKey,
      String eventType,
      String body,
      Instant at) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  Inbox(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Stores deliveries as received, in one batch of inserts (in the caller's transaction).
   *
   * @return for each, whether it was inserted (false: it was stored before, or earlier in the list)
   */
  boolean[] storeAll(List<Received> deliveries) {
    List<Object[]> rows = new ArrayList<>(deliveries.size());
    for (Received delivery : deliveries) {
      rows.add(
          new Object[] {
            delivery.installationId(),
            delivery.adoOrganizationId(),
            delivery.deliveryKey(),
            delivery.eventType(),
            Status.RECEIVED.wire(),
            delivery.body(),
            Jdbc.timestamp(delivery.at())
          });
    }
    int[] counts =
        batch.batchUpdate(
            """
            insert into webhook_deliveries (integration_id, ado_organization_id, delivery_key,
              event_type, status, http_status, body, received_at)
            values (?, ?, ?, ?, ?, 200, ?, ?)
            on conflict do nothing""",
            rows);
    boolean[] inserted = new boolean[deliveries.size()];
    for (int i = 0; i < inserted.length; i++) {
      // a driver that cannot count a batch's rows (SUCCESS_NO_INFO) inserted them
      inserted[i] = counts[i] != 0;
    }
    return inserted;
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
                    Jdbc.instant(rs, "received_at"),
                    rs.getInt("attempts")))
        .optional();
  }

  /**
   * Claims, for {@code claimant}, up to {@code limit} due received deliveries of an installation in
   * id order, and returns what the claimant holds, oldest first. Claims are taken under a lock of
   * the installation's row, and none while another claimant holds a live claim on the installation,
   * so that one installation's deliveries are applied by one claimant at a time, in order. The
   * claimant's own claims (a run of the same job taken over after a crash) count as free.
   */
  List<Stored> claim(long installationId, String claimant, int limit, Instant now, Instant until) {
    jdbc.sql("select id from integrations where id = :installation " + rowLock())
        .param("installation", installationId)
        .query(Long.class)
        .list();
    boolean others =
        !jdbc.sql(
                """
                select id from webhook_deliveries
                where integration_id = :installation and status = 'received'
                  and claimed_by <> :claimant and claimed_until > :now
                limit 1""")
            .param("installation", installationId)
            .param("claimant", claimant)
            .param("now", Jdbc.timestamp(now))
            .query(Long.class)
            .list()
            .isEmpty();
    if (others) {
      return List.of();
    }
    // the ids first, then the update by id: H2 runs "update ... where id in (select ...)" as a scan
    // of the whole table that runs the select for each row
    List<Long> due =
        jdbc.sql(
                """
                select id from webhook_deliveries
                where integration_id = :installation and status = 'received'
                  and (next_attempt_at is null or next_attempt_at <= :now)
                  and (claimed_until is null or claimed_until <= :now or claimed_by = :claimant)
                order by id limit :limit""")
            .param("installation", installationId)
            .param("claimant", claimant)
            .param("now", Jdbc.timestamp(now))
            .param("limit", limit)
            .query(Long.class)
            .list();
    if (due.isEmpty()) {
      return List.of();
    }
    jdbc.sql(
            """
            update webhook_deliveries set claimed_by = :claimant, claimed_until = :until
            where id in (:ids) and status = 'received'""")
        .param("ids", due)
        .param("claimant", claimant)
        .param("until", Jdbc.timestamp(until))
        .update();
    return held(due, claimant);
  }

  /**
   * The lock a claim takes on the installation's row. On PostgreSQL {@code for no key update}: a
   * plain {@code for update} also waits for every transaction that inserted a row referring to the
   * installation (a foreign key takes {@code for key share}), such as a drain lane's sync log
   * entries, and makes the intake's inserts queue behind it. H2 takes no lock for a foreign key.
   */
  private String rowLock() {
    return postgresql() ? "for no key update" : "for update";
  }

  /** Whether the database is PostgreSQL (else H2). */
  boolean postgresql() {
    Boolean known = postgresql;
    if (known == null) {
      String product =
          batch.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
      known = "PostgreSQL".equalsIgnoreCase(product);
      postgresql = known;
    }
    return known;
  }

  private volatile @Nullable Boolean postgresql;

  /** Claims one received delivery, whatever else is claimed (for a legacy or a test run). */
  Optional<Stored> claimOne(long id, String claimant, Instant now, Instant until) {
    int claimed =
        jdbc.sql(
                """
                update webhook_deliveries set claimed_by = :claimant, claimed_until = :until
                where id = :id and status = 'received' and integration_id is not null
                  and (claimed_until is null or claimed_until <= :now)""")
            .param("id", id)
            .param("claimant", claimant)
            .param("now", Jdbc.timestamp(now))
            .param("until", Jdbc.timestamp(until))
            .update();
    return claimed == 0 ? Optional.empty() : find(id);
  }

  private List<Stored> held(List<Long> ids, String claimant) {
    return jdbc.sql(
            """
            select * from webhook_deliveries
            where id in (:ids) and status = 'received' and claimed_by = :claimant
            order by id""")
        .param("ids", ids)
        .param("claimant", claimant)
        .query(
            (rs, row) ->
                new Stored(
                    rs.getLong("id"),
                    rs.getLong("integration_id"),
                    rs.getString("event_type"),
                    status(rs),
                    rs.getString("body"),
                    Jdbc.instant(rs, "received_at"),
                    rs.getInt("attempts")))
        .list();
  }

  /** Extends a claimant's claims until {@code until}. */
  void extend(String claimant, Instant until) {
    jdbc.sql(
            """
            update webhook_deliveries set claimed_until = :until
            where claimed_by = :claimant and status = 'received'""")
        .param("claimant", claimant)
        .param("until", Jdbc.timestamp(until))
        .update();
  }

  /** Gives up a claimant's claims on deliveries it did not finish. */
  void release(String claimant) {
    jdbc.sql(
            """
            update webhook_deliveries set claimed_by = null, claimed_until = null
            where claimed_by = :claimant and status = 'received'""")
        .param("claimant", claimant)
        .update();
  }

  /** A failed attempt: the delivery is due again at {@code next}, unclaimed. */
  void retryAt(long id, int attempts, String reason, Instant next) {
    jdbc.sql(
            """
            update webhook_deliveries set attempts = :attempts, reason = :reason,
              next_attempt_at = :next, claimed_by = null, claimed_until = null
            where id = :id and status = 'received'""")
        .param("id", id)
        .param("attempts", attempts)
        .param("reason", reason)
        .param("next", Jdbc.timestamp(next))
        .update();
  }

  /** Ignores every received delivery of a removed installation. */
  void ignoreAll(long installationId, String reason, Instant now) {
    jdbc.sql(
            """
            update webhook_deliveries set status = :ignored, reason = :reason, processed_at = :now,
              claimed_by = null, claimed_until = null
            where integration_id = :installation and status = 'received'""")
        .param("installation", installationId)
        .param("ignored", Status.IGNORED.wire())
        .param("reason", reason)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  /** Installations with received deliveries (for the drains queued at start). */
  List<Long> installationsWithReceived() {
    return jdbc.sql(
            """
            select distinct integration_id from webhook_deliveries
            where status = 'received' and integration_id is not null""")
        .query(Long.class)
        .list();
  }

  /**
   * Marks a received delivery done.
   *
   * @return false when it was not received any more
   */
  boolean finish(long id, Status status, @Nullable String reason, Instant now) {
    return jdbc.sql(
                """
            update webhook_deliveries set status = :status, reason = :reason, processed_at = :now,
              claimed_by = null, claimed_until = null
            where id = :id and status = 'received'""")
            .param("id", id)
            .param("status", status.wire())
            .param("reason", reason)
            .param("now", Jdbc.timestamp(now))
            .update()
        > 0;
  }

  /** A delivery of an installation, as the API shows it. */
  Optional<Entry> entry(long installationId, long id) {
    return jdbc.sql(
            "select * from webhook_deliveries where id = :id and integration_id = :installation")
        .param("id", id)
        .param("installation", installationId)
        .query(Inbox::entry)
        .optional();
  }

  /**
   * A failed delivery is received again, with a fresh set of attempts (an operator's retry).
   *
   * @return false when it was not failed (any more)
   */
  boolean receiveAgain(long installationId, long id) {
    return jdbc.sql(
                """
            update webhook_deliveries set status = :received, attempts = 0, next_attempt_at = null,
              reason = null, processed_at = null, claimed_by = null, claimed_until = null
            where id = :id and integration_id = :installation and status = :failed""")
            .param("id", id)
            .param("installation", installationId)
            .param("received", Status.RECEIVED.wire())
            .param("failed", Status.FAILED.wire())
            .update()
        > 0;
  }

  /** Marks received deliveries processed. */
  void finishAll(List<Long> ids, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update webhook_deliveries set status = :processed, reason = null, processed_at = :now,
              claimed_by = null, claimed_until = null
            where id in (:ids) and status = 'received'""")
        .param("ids", ids)
        .param("processed", Status.PROCESSED.wire())
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
