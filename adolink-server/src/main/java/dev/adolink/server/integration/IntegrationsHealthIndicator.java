package dev.adolink.server.integration;

import dev.adolink.server.system.Jdbc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code integrations} in {@code /actuator/health}: the installations that need re-authorization
 * and the service hook subscriptions that are not enabled, as last stored (by the subscription
 * health check and by failed calls): no Azure DevOps call is made. The service stays up (these are
 * problems of one organization, shown to an authenticated superuser as details); alerts come from
 * {@code adolink_installations{status="needs_reauth"}}.
 */
@Component
class IntegrationsHealthIndicator implements HealthIndicator {

  private static final int LIMIT = 100;

  private final JdbcClient jdbc;

  IntegrationsHealthIndicator(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Health health() {
    List<Map<String, Object>> needsReauth =
        jdbc.sql(
                """
                select i.id, i.name, o.slug, i.paused_reason, i.paused_at
                from integrations i join organizations o on o.id = i.organization_id
                where i.status = 'needs_reauth' order by i.id limit :limit""")
            .param("limit", LIMIT)
            .query(
                (rs, row) -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("installationId", rs.getLong("id"));
                  entry.put("organization", rs.getString("slug"));
                  entry.put("adoOrganization", rs.getString("name"));
                  entry.put("reason", rs.getString("paused_reason"));
                  entry.put("since", Jdbc.nullableInstant(rs, "paused_at"));
                  return entry;
                })
            .list();
    List<Map<String, Object>> subscriptions =
        jdbc.sql(
                """
                select s.integration_id, o.slug, s.event_type, s.status, s.checked_at
                from integration_subscriptions s
                  join integrations i on i.id = s.integration_id
                  join organizations o on o.id = i.organization_id
                where i.status in ('active', 'needs_reauth') and s.status <> 'enabled'
                order by s.integration_id, s.event_type limit :limit""")
            .param("limit", LIMIT)
            .query(
                (rs, row) -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("installationId", rs.getLong("integration_id"));
                  entry.put("organization", rs.getString("slug"));
                  entry.put("eventType", rs.getString("event_type"));
                  entry.put("status", rs.getString("status"));
                  entry.put("checkedAt", Jdbc.nullableInstant(rs, "checked_at"));
                  return entry;
                })
            .list();
    return Health.up()
        .withDetail("needsReauth", needsReauth)
        .withDetail("subscriptionsNotEnabled", subscriptions)
        .build();
  }
}
