package dev.adolink.server.workitems;

import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueCreated;
import dev.adolink.server.tracker.IssueOccurred;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.tracker.IssueStatusChanged;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fires alert rules: a new issue, an issue reaching a rule's number of occurrences, or a regression
 * (a new event unresolving a resolved issue, {@code set_regression}) queues the rule's job in the
 * transaction that created, counted or unresolved the issue.
 */
@Component
class AlertRuleTrigger {

  private final AlertRuleRepository rules;
  private final IssueService issues;
  private final Jobs jobs;

  AlertRuleTrigger(AlertRuleRepository rules, IssueService issues, Jobs jobs) {
    this.rules = rules;
    this.issues = issues;
    this.jobs = jobs;
  }

  @EventListener
  void on(IssueCreated event) {
    Issue issue = issues.get(event.issue().organizationId(), event.issue().id());
    fire(issue, rule -> rule.firesOnCreation(issue.level()));
  }

  @EventListener
  void on(IssueOccurred event) {
    Issue issue = issues.get(event.issue().organizationId(), event.issue().id());
    fire(issue, rule -> rule.firesOnOccurrence(issue.level(), event.count()));
  }

  @EventListener
  void on(IssueStatusChanged event) {
    if (event.previous() != IssueStatus.RESOLVED
        || event.status() != IssueStatus.UNRESOLVED
        || event.source().kind() != ChangeSource.Kind.EVENT) {
      return;
    }
    Issue issue = issues.get(event.issue().organizationId(), event.issue().id());
    fire(issue, rule -> rule.firesOnRegression(issue.level()));
  }

  private void fire(Issue issue, Predicate<AlertRule> fires) {
    for (AlertRule rule : rules.ofProject(issue.project().id())) {
      if (fires.test(rule)) {
        jobs.enqueue(
            AlertRuleJob.TYPE,
            AlertRuleJob.key(rule.id(), issue.id()),
            new AlertRuleJob.Payload(rule.id(), issue.organizationId(), issue.id()));
      }
    }
  }
}
