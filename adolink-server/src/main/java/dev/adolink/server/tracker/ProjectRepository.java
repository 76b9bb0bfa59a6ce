package dev.adolink.server.tracker;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProjectRepository {

  private final JdbcClient jdbc;

  ProjectRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long organizationId, String slug, String name, Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into projects (organization_id, slug, name, created_at)
                values (:org, :slug, :name, :now)""")
            .param("org", organizationId)
            .param("slug", slug)
            .param("name", name)
            .param("now", Jdbc.timestamp(now)));
  }

  Optional<Project> find(long organizationId, String slug) {
    return jdbc.sql("select * from projects where organization_id = :org and slug = :slug")
        .param("org", organizationId)
        .param("slug", slug)
        .query(ProjectRepository::project)
        .optional();
  }

  Optional<Project> find(long organizationId, long id) {
    return jdbc.sql("select * from projects where organization_id = :org and id = :id")
        .param("org", organizationId)
        .param("id", id)
        .query(ProjectRepository::project)
        .optional();
  }

  Optional<Project> find(long id) {
    return jdbc.sql("select * from projects where id = :id")
        .param("id", id)
        .query(ProjectRepository::project)
        .optional();
  }

  List<Project> list(long organizationId) {
    return jdbc.sql("select * from projects where organization_id = :org order by slug")
        .param("org", organizationId)
        .query(ProjectRepository::project)
        .list();
  }

  /**
   * Hands out the next issue number of the project. The update locks the project row until the
   * transaction ends, so concurrent creations get distinct numbers on both databases.
   */
  long nextIssueNumber(long projectId) {
    jdbc.sql("update projects set issue_counter = issue_counter + 1 where id = :id")
        .param("id", projectId)
        .update();
    return jdbc.sql("select issue_counter from projects where id = :id")
        .param("id", projectId)
        .query(Long.class)
        .single();
  }

  private static Project project(ResultSet rs, int row) throws SQLException {
    return new Project(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getString("slug"),
        rs.getString("name"));
  }
}
