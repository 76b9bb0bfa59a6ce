package dev.adolink.server.workitems;

import dev.adolink.server.system.Jdbc;
import dev.adolink.server.tracker.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code alert_rules} table. */
@Repository
class AlertRuleRepository {

  private static final TypeReference<Map<String, Object>> ACTION = new TypeReference<>() {};

  /** What a rule's owner sets. */
  record Definition(
      String name,
      @Nullable Level minLevel,
      @Nullable Long minEvents,
      boolean regression,
      long installationId,
      Map<String, Object> action) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AlertRuleRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long insert(long organizationId, long projectId, Definition rule, Instant now) {
    return Jdbc.insert(
        definition(
                jdbc.sql(
                    """
                    insert into alert_rules (organization_id, project_id, name, min_level,
                      min_events, regression, integration_id, action, created_at, updated_at)
                    values (:org, :project, :name, :level, :events, :regression, :installation,
                      :action, :now, :now)"""),
                rule,
                now)
            .param("org", organizationId)
            .param("project", projectId));
  }

  void update(long id, Definition rule, Instant now) {
    definition(
            jdbc.sql(
                """
                update alert_rules set name = :name, min_level = :level, min_events = :events,
                  regression = :regression, integration_id = :installation, action = :action, updated_at = :now
                where id = :id"""),
            rule,
            now)
        .param("id", id)
        .update();
  }

  private JdbcClient.StatementSpec definition(
      JdbcClient.StatementSpec statement, Definition rule, Instant now) {
    return statement
        .param("name", rule.name())
        .param("level", rule.minLevel() == null ? null : rule.minLevel().name(), Types.VARCHAR)
        .param("events", rule.minEvents(), Types.BIGINT)
        .param("regression", rule.regression())
        .param("installation", rule.installationId())
        .param("action", json.writeValueAsString(rule.action()))
        .param("now", Jdbc.timestamp(now));
  }

  boolean delete(long id) {
    return jdbc.sql("delete from alert_rules where id = :id").param("id", id).update() > 0;
  }

  Optional<AlertRule> find(long id) {
    return jdbc.sql("select * from alert_rules where id = :id")
        .param("id", id)
        .query(this::rule)
        .optional();
  }

  List<AlertRule> ofProject(long projectId) {
    return jdbc.sql("select * from alert_rules where project_id = :project order by id")
        .param("project", projectId)
        .query(this::rule)
        .list();
  }

  /** A failed creation: kept on the rule for its owner to see. */
  void failed(long id, String error, Instant at) {
    jdbc.sql("update alert_rules set last_error = :error, last_error_at = :at where id = :id")
        .param("error", error.length() > 4000 ? error.substring(0, 4000) : error)
        .param("at", Jdbc.timestamp(at))
        .param("id", id)
        .update();
  }

  void created(long id, Instant at) {
    jdbc.sql("update alert_rules set last_created_at = :at where id = :id")
        .param("at", Jdbc.timestamp(at))
        .param("id", id)
        .update();
  }

  private AlertRule rule(ResultSet rs, int n) throws SQLException {
    String level = rs.getString("min_level");
    return new AlertRule(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getLong("project_id"),
        rs.getString("name"),
        level == null ? null : Level.valueOf(level),
        Jdbc.nullableLong(rs, "min_events"),
        rs.getBoolean("regression"),
        rs.getLong("integration_id"),
        json.readValue(rs.getString("action"), ACTION),
        rs.getString("last_error"),
        Jdbc.nullableInstant(rs, "last_error_at"),
        Jdbc.nullableInstant(rs, "last_created_at"),
        Jdbc.instant(rs, "created_at"));
  }
}
