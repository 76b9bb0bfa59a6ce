-- The last failure of an alert rule for one issue (the rule keeps only its newest failure of any
-- issue), shown on the issue until the rule succeeds for it.
create table alert_rule_issue_failures (
  rule_id bigint not null,
  issue_id bigint not null,
  error text not null,
  failed_at timestamp with time zone not null,
  primary key (rule_id, issue_id)
);
