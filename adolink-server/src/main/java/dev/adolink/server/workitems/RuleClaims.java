package dev.adolink.server.workitems;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The guard that makes alert rules create at most one work item per issue and installation: a row
 * per pair, claimed by the first rule that fires for it.
 */
@Repository
class RuleClaims {

  enum Status {
    PENDING,
    CREATED,
    SKIPPED
  }

  /**
   * @param fresh claimed by this call; otherwise an earlier run (or another rule) holds it
   */
  record Claim(long ruleId, Status status, boolean fresh) {}

  private final JdbcClient jdbc;

  RuleClaims(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Claims the pair for the rule, or answers who holds it. */
  Claim claim(long issueId, long installationId, long ruleId, Instant now) {
    int inserted =
        jdbc.sql(
                """
                insert into alert_rule_claims (issue_id, integration_id, rule_id, status,
                  created_at, updated_at)
                values (:issue, :installation, :rule, 'PENDING', :now, :now)
                on conflict do nothing""")
            .param("issue", issueId)
            .param("installation", installationId)
            .param("rule", ruleId)
            .param("now", Jdbc.timestamp(now))
            .update();
    return find(issueId, installationId)
        .map(claim -> inserted > 0 ? new Claim(claim.ruleId(), claim.status(), true) : claim)
        .orElseThrow();
  }

  Optional<Claim> find(long issueId, long installationId) {
    return jdbc.sql(
            "select rule_id, status from alert_rule_claims where issue_id = :issue"
                + " and integration_id = :installation")
        .param("issue", issueId)
        .param("installation", installationId)
        .query((rs, n) -> new Claim(rs.getLong(1), Status.valueOf(rs.getString(2)), false))
        .optional();
  }

  /** A pending claim of a rule that no longer exists passes to this rule. */
  boolean takeOver(long issueId, long installationId, long fromRuleId, long toRuleId, Instant now) {
    return jdbc.sql(
                """
                update alert_rule_claims set rule_id = :to, updated_at = :now
                where issue_id = :issue and integration_id = :installation and rule_id = :from
                  and status = 'PENDING'""")
            .param("issue", issueId)
            .param("installation", installationId)
            .param("from", fromRuleId)
            .param("to", toRuleId)
            .param("now", Jdbc.timestamp(now))
            .update()
        > 0;
  }

  void finish(
      long issueId, long installationId, Status status, @Nullable Integer workItemId, Instant now) {
    jdbc.sql(
            """
            update alert_rule_claims set status = :status, work_item_id = :workItem,
              updated_at = :now
            where issue_id = :issue and integration_id = :installation""")
        .param("issue", issueId)
        .param("installation", installationId)
        .param("status", status.name())
        .param("workItem", workItemId, java.sql.Types.INTEGER)
        .param("now", Jdbc.timestamp(now))
        .update();
  }
}
