package dev.adolink.server.workitems;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The table {@code alert_rule_issue_failures}: why an alert rule could not create the work item of
 * one issue, shown on that issue until the rule succeeds for it (or is deleted).
 */
@Service
public class RuleIssueFailures {

  /** A rule that failed for the issue: {@code reason} is a sentence for the issue page. */
  public record Failure(long ruleId, String ruleName, String reason, Instant at) {}

  private static final int MAX = 4000;

  private final JdbcClient jdbc;

  RuleIssueFailures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rules (that still exist) that failed for the issue, newest first. */
  public List<Failure> ofIssue(long issueId) {
    return jdbc.sql(
            """
            select f.rule_id, r.name, f.error, f.failed_at from alert_rule_issue_failures f
            join alert_rules r on r.id = f.rule_id
            where f.issue_id = :issue order by f.failed_at desc, f.rule_id""")
        .param("issue", issueId)
        .query(
            (rs, n) ->
                new Failure(
                    rs.getLong("rule_id"),
                    rs.getString("name"),
                    rs.getString("error"),
                    Jdbc.instant(rs, "failed_at")))
        .list();
  }

  void failed(long ruleId, long issueId, String reason, Instant at) {
    String cut = reason.length() > MAX ? reason.substring(0, MAX) : reason;
    int updated =
        jdbc.sql(
                "update alert_rule_issue_failures set error = :error, failed_at = :at"
                    + " where rule_id = :rule and issue_id = :issue")
            .param("error", cut)
            .param("at", Jdbc.timestamp(at))
            .param("rule", ruleId)
            .param("issue", issueId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into alert_rule_issue_failures (rule_id, issue_id, error, failed_at)
              values (:rule, :issue, :error, :at) on conflict do nothing""")
          .param("error", cut)
          .param("at", Jdbc.timestamp(at))
          .param("rule", ruleId)
          .param("issue", issueId)
          .update();
    }
  }

  void succeeded(long ruleId, long issueId) {
    jdbc.sql("delete from alert_rule_issue_failures where rule_id = :rule and issue_id = :issue")
        .param("rule", ruleId)
        .param("issue", issueId)
        .update();
  }

  /** What a person reads: the fields ADO's rules refused and why, else ADO's own message. */
  static String reason(RuntimeException e) {
    if (e instanceof AzureDevOpsException ado) {
      ApiException mapped = AdoFailures.of(ado);
      return reason(mapped);
    }
    if (e instanceof ApiException api) {
      Map<String, String> errors = api.body().errors();
      if (!errors.isEmpty()) {
        return errors.entrySet().stream()
            .map(entry -> entry.getKey() + " " + entry.getValue())
            .collect(Collectors.joining("; "));
      }
      return api.body().detail();
    }
    return e.getMessage() == null ? "it failed" : e.getMessage();
  }
}
