package dev.adolink.server.scm;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code scm_code_mappings} table. */
@Repository
class CodeMappingRepository {

  private static final String SELECT =
      """
      select m.id as mapping_id, m.organization_id as mapping_org, m.project_id, m.stack_root,
        m.source_root, m.default_branch, m.created_at as mapping_created, r.*
      from scm_code_mappings m join scm_repositories r on r.id = m.repository_id
      """;

  private final JdbcClient jdbc;

  CodeMappingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long organizationId,
      long projectId,
      long repositoryId,
      String stackRoot,
      String sourceRoot,
      String defaultBranch,
      Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into scm_code_mappings (organization_id, project_id, repository_id,
                  stack_root, source_root, default_branch, created_at)
                values (:org, :project, :repo, :stackRoot, :sourceRoot, :branch, :now)""")
            .param("org", organizationId)
            .param("project", projectId)
            .param("repo", repositoryId)
            .param("stackRoot", stackRoot)
            .param("sourceRoot", sourceRoot)
            .param("branch", defaultBranch)
            .param("now", Jdbc.timestamp(now)));
  }

  boolean delete(long organizationId, long id) {
    return jdbc.sql("delete from scm_code_mappings where organization_id = :org and id = :id")
            .param("org", organizationId)
            .param("id", id)
            .update()
        > 0;
  }

  void deleteOfRepository(long organizationId, long repositoryId) {
    jdbc.sql(
            """
            delete from scm_code_mappings
            where organization_id = :org and repository_id = :repo""")
        .param("org", organizationId)
        .param("repo", repositoryId)
        .update();
  }

  Optional<CodeMapping> find(long organizationId, long id) {
    return jdbc.sql(SELECT + "where m.organization_id = :org and m.id = :id")
        .param("org", organizationId)
        .param("id", id)
        .query(CodeMappingRepository::mapping)
        .optional();
  }

  Optional<CodeMapping> findByStackRoot(long projectId, String stackRoot) {
    return jdbc.sql(SELECT + "where m.project_id = :project and m.stack_root = :stackRoot")
        .param("project", projectId)
        .param("stackRoot", stackRoot)
        .query(CodeMappingRepository::mapping)
        .optional();
  }

  List<CodeMapping> ofOrganization(long organizationId) {
    return jdbc.sql(SELECT + "where m.organization_id = :org order by m.project_id, m.id")
        .param("org", organizationId)
        .query(CodeMappingRepository::mapping)
        .list();
  }

  List<CodeMapping> ofProject(long projectId) {
    return jdbc.sql(SELECT + "where m.project_id = :project order by m.id")
        .param("project", projectId)
        .query(CodeMappingRepository::mapping)
        .list();
  }

  private static CodeMapping mapping(ResultSet rs, int row) throws SQLException {
    return new CodeMapping(
        rs.getLong("mapping_id"),
        rs.getLong("mapping_org"),
        rs.getLong("project_id"),
        RepoRepository.repo(rs, row),
        rs.getString("stack_root"),
        rs.getString("source_root"),
        rs.getString("default_branch"),
        Jdbc.instant(rs, "mapping_created"));
  }
}
