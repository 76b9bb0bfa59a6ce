package dev.adolink.server.workitems;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ADO project and work item type a tracker project last used with an installation. */
@Repository
class ProjectDefaults {

  record Choice(String adoProjectId, String workItemType) {}

  private final JdbcClient jdbc;

  ProjectDefaults(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Choice> find(long installationId, long projectId) {
    return jdbc.sql(
            "select ado_project_id, work_item_type from work_item_defaults"
                + " where integration_id = :installation and project_id = :project")
        .param("installation", installationId)
        .param("project", projectId)
        .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2)))
        .optional();
  }

  void remember(long installationId, long projectId, Choice choice, Instant now) {
    int updated =
        bind(
                jdbc.sql(
                    """
                    update work_item_defaults set ado_project_id = :ado, work_item_type = :type,
                      updated_at = :now
                    where integration_id = :installation and project_id = :project"""),
                installationId,
                projectId,
                choice,
                now)
            .update();
    if (updated == 0) {
      bind(
              jdbc.sql(
                  """
                  insert into work_item_defaults (integration_id, project_id, ado_project_id,
                    work_item_type, updated_at)
                  values (:installation, :project, :ado, :type, :now) on conflict do nothing"""),
              installationId,
              projectId,
              choice,
              now)
          .update();
    }
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec statement,
      long installationId,
      long projectId,
      Choice choice,
      Instant now) {
    return statement
        .param("installation", installationId)
        .param("project", projectId)
        .param("ado", choice.adoProjectId())
        .param("type", choice.workItemType())
        .param("now", Jdbc.timestamp(now));
  }
}
