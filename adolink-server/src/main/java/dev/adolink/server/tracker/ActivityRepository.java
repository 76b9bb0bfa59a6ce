package dev.adolink.server.tracker;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ActivityRepository {

  private static final TypeReference<Map<String, @Nullable Object>> DATA = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ActivityRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(
      long issueId,
      ActivityType type,
      Map<String, @Nullable Object> data,
      ChangeSource source,
      Instant now) {
    jdbc.sql(
            """
            insert into issue_activities (issue_id, type, data, source_kind, source_id, created_at)
            values (:issue, :type, :data, :sourceKind, :sourceId, :now)""")
        .param("issue", issueId)
        .param("type", type.name())
        .param("data", json.writeValueAsString(data))
        .param("sourceKind", source.kind().name())
        .param("sourceId", source.id())
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  /** The data of the issue's latest {@code set_resolved} activity, if it has one. */
  java.util.Optional<Map<String, @Nullable Object>> latestResolution(long issueId) {
    return jdbc.sql(
            """
            select data from issue_activities where issue_id = :issue and type = 'SET_RESOLVED'
            order by created_at desc, id desc limit 1""")
        .param("issue", issueId)
        .query(String.class)
        .optional()
        .map(data -> json.readValue(data, DATA));
  }

  List<Activity> list(long issueId) {
    return jdbc.sql(
            """
            select a.*, u.id as user_id, u.email as user_email, u.name as user_name
            from issue_activities a
            left join users u on a.source_kind = 'USER' and u.id = a.source_id
            where a.issue_id = :issue order by a.created_at, a.id""")
        .param("issue", issueId)
        .query(this::activity)
        .list();
  }

  private Activity activity(ResultSet rs, int row) throws SQLException {
    Long userId = Jdbc.nullableLong(rs, "user_id");
    return new Activity(
        rs.getLong("id"),
        rs.getLong("issue_id"),
        ActivityType.valueOf(rs.getString("type")),
        json.readValue(rs.getString("data"), DATA),
        Sources.read(rs),
        userId == null
            ? null
            : new UserRef(userId, rs.getString("user_email"), rs.getString("user_name")),
        Jdbc.instant(rs, "created_at"));
  }
}
