package dev.adolink.server.scm;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code scm_repositories} table. */
@Repository
class RepoRepository {

  /** What ADO says about a repository. */
  record AdoData(String externalId, String adoProject, String adoName, @Nullable String url) {

    String name() {
      return adoProject + "/" + adoName;
    }
  }

  private final JdbcClient jdbc;

  RepoRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long organizationId, long installationId, AdoData data, Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into scm_repositories (organization_id, integration_id, provider,
                  external_id, name, ado_project, ado_name, url, created_at)
                values (:org, :integration, :provider, :externalId, :name, :project, :adoName,
                  :url, :now)""")
            .param("org", organizationId)
            .param("integration", installationId)
            .param("provider", Repo.PROVIDER)
            .param("externalId", data.externalId())
            .param("name", data.name())
            .param("project", data.adoProject())
            .param("adoName", data.adoName())
            .param("url", data.url())
            .param("now", Jdbc.timestamp(now)));
  }

  /**
   * Points an existing repository at this installation with ADO's current names; a removed one is
   * back.
   */
  void adopt(long id, long installationId, AdoData data) {
    jdbc.sql(
            """
            update scm_repositories set integration_id = :integration, name = :name,
              ado_project = :project, ado_name = :adoName, url = :url, removed_at = null
            where id = :id""")
        .param("id", id)
        .param("integration", installationId)
        .param("name", data.name())
        .param("project", data.adoProject())
        .param("adoName", data.adoName())
        .param("url", data.url())
        .update();
  }

  /**
   * Hides the repository: lists, pushes and new release refs no longer see it; stored commits stay.
   *
   * @return false when there is no such repository, or it was removed already
   */
  boolean remove(long organizationId, long id, Instant now) {
    return jdbc.sql(
                """
                update scm_repositories set removed_at = :now
                where organization_id = :org and id = :id and removed_at is null""")
            .param("org", organizationId)
            .param("id", id)
            .param("now", Jdbc.timestamp(now))
            .update()
        > 0;
  }

  /** Also a removed repository: the commits of past releases still name it. */
  Optional<Repo> find(long organizationId, long id) {
    return jdbc.sql("select * from scm_repositories where organization_id = :org and id = :id")
        .param("org", organizationId)
        .param("id", id)
        .query(RepoRepository::repo)
        .optional();
  }

  /** A repository that has not been removed. */
  Optional<Repo> findByExternalId(long organizationId, String externalId) {
    return findAnyByExternalId(organizationId, externalId).filter(repo -> !repo.removed());
  }

  /** Also a removed repository (adding it again restores it). */
  Optional<Repo> findAnyByExternalId(long organizationId, String externalId) {
    return jdbc.sql(
            """
            select * from scm_repositories
            where organization_id = :org and lower(external_id) = lower(:externalId)""")
        .param("org", organizationId)
        .param("externalId", externalId)
        .query(RepoRepository::repo)
        .optional();
  }

  /**
   * A repository that has not been removed, by {@code Project/repo} (the newest, should ADO have
   * reused a name; in any case when no name matches exactly, as sentry-cli checks names), or by id.
   */
  Optional<Repo> findByName(long organizationId, String nameOrId) {
    Optional<Repo> byName =
        jdbc
            .sql(
                """
                select * from scm_repositories where organization_id = :org
                  and lower(name) = lower(:name) and removed_at is null
                order by case when name = :name then 0 else 1 end, id desc""")
            .param("org", organizationId)
            .param("name", nameOrId)
            .query(RepoRepository::repo)
            .list()
            .stream()
            .findFirst();
    if (byName.isPresent() || !nameOrId.matches("\\d{1,18}")) {
      return byName;
    }
    return find(organizationId, Long.parseLong(nameOrId)).filter(repo -> !repo.removed());
  }

  /** The repositories that have not been removed. */
  List<Repo> list(long organizationId) {
    return jdbc.sql(
            """
            select * from scm_repositories where organization_id = :org and removed_at is null
            order by name, id""")
        .param("org", organizationId)
        .query(RepoRepository::repo)
        .list();
  }

  static Repo repo(ResultSet rs, int row) throws SQLException {
    return new Repo(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getLong("integration_id"),
        rs.getString("external_id"),
        rs.getString("name"),
        rs.getString("ado_project"),
        rs.getString("ado_name"),
        rs.getString("url"),
        Jdbc.instant(rs, "created_at"),
        rs.getTimestamp("removed_at") != null);
  }
}
