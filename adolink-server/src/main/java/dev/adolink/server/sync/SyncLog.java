package dev.adolink.server.sync;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_log} table: every inbound (ADO → tracker) and outbound (tracker → ADO) action and
 * how it ended. Written in the transaction of the change it records, so a rolled back change leaves
 * no entry claiming it happened.
 */
@Repository
class SyncLog {

  enum Direction {
    INBOUND,
    OUTBOUND;

    @JsonValue
    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  enum Field {
    STATUS,
    ASSIGNEE,
    PRIORITY,
    COMMENT,
    LINK;

    @JsonValue
    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  enum Result {
    /** the change was made */
    APPLIED,
    /** the target already had the value */
    UNCHANGED,
    /** a change adolink made itself came back, and was left alone */
    ECHO,
    /** no user on the other side matches the identity */
    NO_MATCH,
    /** nothing to do (flag off, not mapped, a transition that changes nothing) */
    SKIPPED,
    /** a later change to the same field replaced this one before it was sent */
    SUPERSEDED,
    /**
     * ADO refused the mapped state for the work item's type; the type's first done state (resolve)
     * or open state (unresolve) was written instead
     */
    FALLBACK,
    /** failed for now (throttled, ADO unavailable); tried again later */
    RETRYING,
    /** given up (ADO refused the change, or no more attempts) */
    FAILED;

    @JsonValue
    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One action. {@code oldValue}/{@code newValue} are values of the side that was changed (the
   * tracker's for inbound, ADO's for outbound); {@code error} explains any result but {@code
   * applied}.
   */
  record Entry(
      Direction direction,
      @Nullable Long issueId,
      int workItemId,
      Field field,
      @Nullable String oldValue,
      @Nullable String newValue,
      Result result,
      @Nullable String error,
      @Nullable SyncActor actor,
      @Nullable String sentence,
      @Nullable CommentWrite comment) {

    /** The entry with who acted. */
    Entry by(@Nullable SyncActor who) {
      return new Entry(
          direction,
          issueId,
          workItemId,
          field,
          oldValue,
          newValue,
          result,
          error,
          who,
          sentence,
          comment);
    }

    /** The entry with its error in people's words (the technical one stays in {@code error}). */
    Entry said(@Nullable String words) {
      return new Entry(
          direction,
          issueId,
          workItemId,
          field,
          oldValue,
          newValue,
          result,
          error,
          actor,
          words,
          comment);
    }

    /** The entry with the comment write it records. */
    Entry about(@Nullable CommentWrite write) {
      return new Entry(
          direction,
          issueId,
          workItemId,
          field,
          oldValue,
          newValue,
          result,
          error,
          actor,
          sentence,
          write);
    }

    static Entry inbound(
        long issueId,
        int workItemId,
        Field field,
        @Nullable String oldValue,
        @Nullable String newValue,
        Result result,
        @Nullable String error) {
      return new Entry(
          Direction.INBOUND,
          issueId,
          workItemId,
          field,
          oldValue,
          newValue,
          result,
          error,
          null,
          null,
          null);
    }

    static Entry outbound(
        long issueId,
        int workItemId,
        Field field,
        @Nullable String newValue,
        Result result,
        @Nullable String error) {
      return new Entry(
          Direction.OUTBOUND,
          issueId,
          workItemId,
          field,
          null,
          newValue,
          result,
          error,
          null,
          null,
          null);
    }
  }

  /** An outbound comment entry's comment, and whether it was added, edited or deleted. */
  record CommentWrite(Outbox.Kind kind, long commentId) {}

  /** An entry as stored. */
  record Stored(long id, long installationId, Entry entry, Instant createdAt) {}

  private static final int MAX_TEXT = 10_000;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final SyncMetrics metrics;
  private final Clock clock;

  SyncLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, SyncMetrics metrics, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.metrics = metrics;
    this.clock = clock;
  }

  void record(long installationId, Entry entry) {
    record(installationId, List.of(entry));
  }

  void record(long installationId, List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    MapSqlParameterSource[] rows =
        entries.stream()
            .map(
                entry ->
                    new MapSqlParameterSource()
                        .addValue("installation", installationId)
                        .addValue("direction", entry.direction().wire())
                        .addValue("issue", entry.issueId())
                        .addValue("workItem", entry.workItemId())
                        .addValue("field", entry.field().wire())
                        .addValue("old", cut(entry.oldValue()))
                        .addValue("new", cut(entry.newValue()))
                        .addValue("result", entry.result().wire())
                        .addValue("error", cut(entry.error()))
                        .addValue("actorType", entry.actor() == null ? null : entry.actor().type())
                        .addValue(
                            "actorName",
                            entry.actor() == null ? null : cut(entry.actor().name(), 500))
                        .addValue("sentence", cut(entry.sentence(), 2000))
                        .addValue(
                            "comment", entry.comment() == null ? null : entry.comment().commentId())
                        .addValue(
                            "change",
                            entry.comment() == null ? null : entry.comment().kind().wire())
                        .addValue("now", Jdbc.timestamp(now)))
            .toArray(MapSqlParameterSource[]::new);
    batch.batchUpdate(
        """
        insert into sync_log (integration_id, direction, issue_id, work_item_id, field, old_value,
          new_value, result, error, actor_type, actor_name, error_sentence, comment_id, comment_change, created_at)
        values (:installation, :direction, :issue, :workItem, :field, :old, :new, :result, :error,
          :actorType, :actorName, :sentence, :comment, :change, :now)""",
        rows);
    metrics.logged(entries);
  }

  /** Newest first; only the issue's entries, or one direction's, when given. */
  List<Stored> list(
      long installationId, @Nullable Long issueId, @Nullable Direction direction, int limit) {
    return jdbc.sql(
            """
            select * from sync_log
            where integration_id = :installation
              and (cast(:issue as bigint) is null or issue_id = :issue)
              and (cast(:direction as varchar) is null or direction = :direction)
            order by id desc limit :limit""")
        .param("installation", installationId)
        .param("issue", issueId)
        .param("direction", direction == null ? null : direction.wire())
        .param("limit", limit)
        .query(SyncLog::stored)
        .list();
  }

  private static Stored stored(ResultSet rs, int row) throws SQLException {
    return new Stored(
        rs.getLong("id"),
        rs.getLong("integration_id"),
        new Entry(
            Direction.valueOf(rs.getString("direction").toUpperCase(Locale.ROOT)),
            Jdbc.nullableLong(rs, "issue_id"),
            rs.getInt("work_item_id"),
            Field.valueOf(rs.getString("field").toUpperCase(Locale.ROOT)),
            rs.getString("old_value"),
            rs.getString("new_value"),
            Result.valueOf(rs.getString("result").toUpperCase(Locale.ROOT)),
            rs.getString("error"),
            rs.getString("actor_type") == null
                ? null
                : new SyncActor(rs.getString("actor_type"), rs.getString("actor_name")),
            rs.getString("error_sentence"),
            rs.getString("comment_change") == null
                ? null
                : new CommentWrite(
                    Outbox.Kind.valueOf(rs.getString("comment_change").toUpperCase(Locale.ROOT)),
                    rs.getLong("comment_id"))),
        Jdbc.instant(rs, "created_at"));
  }

  private static @Nullable String cut(@Nullable String text) {
    return cut(text, MAX_TEXT);
  }

  private static @Nullable String cut(@Nullable String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
