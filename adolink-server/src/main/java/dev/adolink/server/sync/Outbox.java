package dev.adolink.server.sync;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code sync_outbox} table: tracker changes waiting to be written to ADO, per installation. A
 * row is {@code pending} until its due time, {@code sending} while its request is in flight, and
 * deleted once written or given up.
 */
@Repository
class Outbox {

  enum Kind {
    STATUS(OutboxPayload.StatusChange.class, SyncLog.Field.STATUS),
    ASSIGNEE(OutboxPayload.AssigneeChange.class, SyncLog.Field.ASSIGNEE),
    PRIORITY(OutboxPayload.PriorityChange.class, SyncLog.Field.PRIORITY),
    COMMENT_ADD(OutboxPayload.CommentChange.class, SyncLog.Field.COMMENT),
    COMMENT_EDIT(OutboxPayload.CommentChange.class, SyncLog.Field.COMMENT),
    COMMENT_DELETE(OutboxPayload.CommentChange.class, SyncLog.Field.COMMENT);

    private final Class<? extends OutboxPayload> payload;
    private final SyncLog.Field field;

    Kind(Class<? extends OutboxPayload> payload, SyncLog.Field field) {
      this.payload = payload;
      this.field = field;
    }

    /** The sync log's field of the kind's rows. */
    SyncLog.Field field() {
      return field;
    }

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    boolean isComment() {
      return this == COMMENT_ADD || this == COMMENT_EDIT || this == COMMENT_DELETE;
    }
  }

  /**
   * @param payload what to write, of the kind's type
   * @param attempted an earlier request for the row may have reached ADO (it was {@code sending}
   *     before): ADO may already have what it asks for
   */
  record Row(
      long id,
      long installationId,
      int workItemId,
      long issueId,
      Kind kind,
      OutboxPayload payload,
      int attempts,
      boolean attempted,
      Instant createdAt,
      @Nullable SyncActor actor) {

    /** The payload as the kind's type (rows are only read with their kind's). */
    <P extends OutboxPayload> P payload(Class<P> type) {
      return type.cast(payload);
    }
  }

  private final JdbcClient jdbc;
  private final JsonMapper json;

  Outbox(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long add(
      long installationId,
      int workItemId,
      long issueId,
      Kind kind,
      OutboxPayload payload,
      Instant now) {
    return add(installationId, workItemId, issueId, kind, payload, null, now);
  }

  /** Queues a write; {@code actor} made the tracker change that asks for it. */
  long add(
      long installationId,
      int workItemId,
      long issueId,
      Kind kind,
      OutboxPayload payload,
      @Nullable SyncActor actor,
      Instant now) {
    if (!kind.payload.isInstance(payload)) {
      throw new IllegalArgumentException(kind + " rows take a " + kind.payload.getSimpleName());
    }
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into sync_outbox (integration_id, work_item_id, issue_id, kind, payload,
                  state, attempts, due_at, created_at, updated_at, actor_type, actor_name)
                values (:installation, :workItem, :issue, :kind, :payload, 'pending', 0, :now,
                  :now, :now, :actorType, :actorName)""")
            .param("installation", installationId)
            .param("workItem", workItemId)
            .param("issue", issueId)
            .param("kind", kind.wire())
            .param("payload", json.writeValueAsString(payload))
            .param("now", Jdbc.timestamp(now))
            .param("actorType", actor == null ? null : actor.type())
            .param("actorName", actor == null ? null : actor.name()));
  }

  /** Pending rows due at {@code now}, oldest first. */
  List<Row> due(long installationId, Instant now, int limit) {
    return jdbc.sql(
            """
            select * from sync_outbox
            where integration_id = :installation and state = 'pending' and due_at <= :now
            order by id limit :limit""")
        .param("installation", installationId)
        .param("now", Jdbc.timestamp(now))
        .param("limit", limit)
        .query(this::row)
        .list();
  }

  /** When the next pending row of the installation is due. */
  Optional<Instant> nextDue(long installationId) {
    return jdbc.sql(
            """
            select min(due_at) as next from sync_outbox
            where integration_id = :installation and state = 'pending'""")
        .param("installation", installationId)
        .query((rs, n) -> Optional.ofNullable(Jdbc.nullableInstant(rs, "next")))
        .single();
  }

  /**
   * Marks the rows {@code sending}; answers those that still exist (a change from ADO may have
   * replaced pending ones, see {@link #supersede}).
   */
  Set<Long> sending(Collection<Long> ids, Instant now) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    update(
        "update sync_outbox set state = 'sending', attempted = true, updated_at = :now"
            + " where id in (:ids)",
        ids,
        now);
    return new HashSet<>(
        jdbc.sql("select id from sync_outbox where id in (:ids)")
            .param("ids", ids)
            .query(Long.class)
            .list());
  }

  /**
   * Deletes and answers the pending rows of a work item's field: a change made in ADO replaced
   * them. Rows in flight are not touched (deliveries wait for them).
   */
  List<Row> supersede(long installationId, int workItemId, Kind kind) {
    List<Row> rows =
        jdbc.sql(
                """
                select * from sync_outbox
                where integration_id = :installation and work_item_id = :workItem
                  and kind = :kind and state = 'pending'""")
            .param("installation", installationId)
            .param("workItem", workItemId)
            .param("kind", kind.wire())
            .query(this::row)
            .list();
    delete(rows.stream().map(Row::id).toList());
    return rows;
  }

  /** Back to pending, due now, without counting an attempt (the installation was paused). */
  void release(Collection<Long> ids, Instant now) {
    update(
        "update sync_outbox set state = 'pending', due_at = :now, updated_at = :now"
            + " where id in (:ids)",
        ids,
        now);
  }

  /** Pending again, due at {@code due}, without counting an attempt. */
  void postpone(Collection<Long> ids, Instant due, Instant now) {
    if (!ids.isEmpty()) {
      jdbc.sql(
              """
              update sync_outbox set state = 'pending', due_at = :due, updated_at = :now
              where id in (:ids)""")
          .param("ids", ids)
          .param("due", Jdbc.timestamp(due))
          .param("now", Jdbc.timestamp(now))
          .update();
    }
  }

  /** The work item's pending rows become due now; answers whether there were any. */
  boolean dueNow(long installationId, int workItemId, Instant now) {
    return jdbc.sql(
                """
                update sync_outbox set due_at = :now, updated_at = :now
                where integration_id = :installation and work_item_id = :workItem
                  and state = 'pending'""")
            .param("installation", installationId)
            .param("workItem", workItemId)
            .param("now", Jdbc.timestamp(now))
            .update()
        > 0;
  }

  /** Back to pending after a failed attempt, due at {@code due}. */
  void retry(long id, int attempts, Instant due, String error, Instant now) {
    jdbc.sql(
            """
            update sync_outbox set state = 'pending', attempts = :attempts, due_at = :due,
              last_error = :error, updated_at = :now
            where id = :id""")
        .param("id", id)
        .param("attempts", attempts)
        .param("due", Jdbc.timestamp(due))
        .param("error", error)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  void delete(Collection<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("delete from sync_outbox where id in (:ids)").param("ids", ids).update();
    }
  }

  /** Drops an uninstalled installation's rows: a later install must not write old changes. */
  void discard(long installationId) {
    jdbc.sql("delete from sync_outbox where integration_id = :installation")
        .param("installation", installationId)
        .update();
  }

  /**
   * Rows left {@code sending} by a drain that died become pending again (their {@code attempted}
   * stays set). Called by the holder of the installation's lease: rows are only {@code sending}
   * under that lease, so any it finds were left by an earlier holder.
   */
  void recoverAbandoned(long installationId, Instant now) {
    jdbc.sql(
            """
            update sync_outbox set state = 'pending', updated_at = :now
            where integration_id = :installation and state = 'sending'""")
        .param("installation", installationId)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  private void update(String sql, Collection<Long> ids, Instant now) {
    if (!ids.isEmpty()) {
      jdbc.sql(sql).param("ids", ids).param("now", Jdbc.timestamp(now)).update();
    }
  }

  private Row row(ResultSet rs, int n) throws SQLException {
    Kind kind = Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT));
    return new Row(
        rs.getLong("id"),
        rs.getLong("integration_id"),
        rs.getInt("work_item_id"),
        rs.getLong("issue_id"),
        kind,
        json.readValue(rs.getString("payload"), kind.payload),
        rs.getInt("attempts"),
        rs.getBoolean("attempted"),
        Jdbc.instant(rs, "created_at"),
        rs.getString("actor_type") == null
            ? null
            : new SyncActor(rs.getString("actor_type"), rs.getString("actor_name")));
  }
}
