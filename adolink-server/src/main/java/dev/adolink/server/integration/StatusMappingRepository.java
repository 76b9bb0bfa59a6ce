package dev.adolink.server.integration;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sync_status_forward} rows; a project's default mapping has the type {@code ''}. */
@Repository
class StatusMappingRepository {

  private final JdbcClient jdbc;

  StatusMappingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<StatusMapping> list(long installationId) {
    return jdbc.sql(
            """
            select * from integration_status_mappings where integration_id = :id
            order by ado_project_id, work_item_type""")
        .param("id", installationId)
        .query(
            (rs, row) -> {
              String type = rs.getString("work_item_type");
              return new StatusMapping(
                  rs.getString("ado_project_id"),
                  type.isEmpty() ? null : type,
                  rs.getString("on_resolve"),
                  rs.getString("on_unresolve"));
            })
        .list();
  }

  /** Replaces all rows of the installation (Sentry deletes and re-inserts too). */
  void replace(long installationId, List<StatusMapping> mappings) {
    deleteAll(installationId);
    for (StatusMapping mapping : mappings) {
      jdbc.sql(
              """
              insert into integration_status_mappings
                (integration_id, ado_project_id, work_item_type, on_resolve, on_unresolve)
              values (:id, :project, :type, :resolve, :unresolve)""")
          .param("id", installationId)
          .param("project", mapping.adoProjectId())
          .param("type", mapping.workItemType() == null ? "" : mapping.workItemType())
          .param("resolve", mapping.onResolve())
          .param("unresolve", mapping.onUnresolve())
          .update();
    }
  }

  void deleteAll(long installationId) {
    jdbc.sql("delete from integration_status_mappings where integration_id = :id")
        .param("id", installationId)
        .update();
  }
}
