package dev.adolink.server.scm;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code scm_unmatched_deployments} table: pipeline deployments that found no release. */
@Repository
class UnmatchedDeployments {

  private final JdbcClient jdbc;

  UnmatchedDeployments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records it once per deployment (a re-delivery adds nothing). */
  void record(
      long organizationId,
      long installationId,
      PipelineDeployment deployment,
      @Nullable String commit,
      Instant now) {
    jdbc.sql(
            """
            insert into scm_unmatched_deployments (organization_id, integration_id, external_key,
              environment, result, run_name, run_url, commit_sha, created_at)
            select :org, :installation, :key, :environment, :result, :name, :url, :commit, :now
            where not exists (select 1 from scm_unmatched_deployments
              where organization_id = :org and external_key = :key)""")
        .param("org", organizationId)
        .param("installation", installationId)
        .param("key", deployment.key())
        .param("environment", deployment.environment())
        .param("result", deployment.result())
        .param("name", deployment.name())
        .param("url", deployment.url())
        .param("commit", commit)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  /** Newest first. */
  List<UnmatchedDeployment> of(long organizationId, int limit) {
    return jdbc.sql(
            "select * from scm_unmatched_deployments where organization_id = :org"
                + " order by created_at desc, id desc limit :limit")
        .param("org", organizationId)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new UnmatchedDeployment(
                    rs.getString("environment"),
                    rs.getString("result"),
                    rs.getString("run_name"),
                    rs.getString("run_url"),
                    rs.getString("commit_sha"),
                    Jdbc.instant(rs, "created_at")))
        .list();
  }
}
