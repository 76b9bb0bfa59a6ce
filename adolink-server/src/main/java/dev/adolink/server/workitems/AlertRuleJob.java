package dev.adolink.server.workitems;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

import dev.adolink.azure.Organization;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.integration.AdoErrors;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.FailedJob;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.jobs.PermanentJobFailure;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.OrgRef;
import dev.adolink.server.tracker.OrganizationAccess;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the work item an alert rule asks for. One per issue and installation whatever happens:
 * the job's key is the rule and the issue, a claim row guards the pair across rules, an issue that
 * already has a work item of the installation is skipped, and a run after a crash first looks in
 * ADO for the work item an earlier run created (it links back to the issue). A failure is recorded
 * on the rule and retried with backoff; a refusal that retrying cannot fix fails the job at once,
 * visible and retryable among the failed jobs.
 */
@Component
class AlertRuleJob implements Job<AlertRuleJob.Payload> {

  record Payload(long ruleId, long organizationId, long issueId) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "workitems.alert-rule", Payload.class, 8, Backoff.exponential(ofMinutes(1), ofHours(2)));

  private final AlertRuleRepository rules;
  private final RuleClaims claims;
  private final IssueService issues;
  private final OrganizationAccess organizations;
  private final Installations installations;
  private final LinkedWorkItems links;
  private final WorkItemCreator creator;
  private final RuleRecovery recovery;
  private final BackLinks backLinks;
  private final IssueDescriptions descriptions;
  private final RuleIssueFailures issueFailures;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  AlertRuleJob(
      AlertRuleRepository rules,
      RuleClaims claims,
      IssueService issues,
      OrganizationAccess organizations,
      Installations installations,
      LinkedWorkItems links,
      WorkItemCreator creator,
      RuleRecovery recovery,
      BackLinks backLinks,
      IssueDescriptions descriptions,
      RuleIssueFailures issueFailures,
      TransactionTemplate transactions,
      JsonMapper json,
      Clock clock) {
    this.rules = rules;
    this.claims = claims;
    this.issues = issues;
    this.organizations = organizations;
    this.installations = installations;
    this.links = links;
    this.creator = creator;
    this.recovery = recovery;
    this.backLinks = backLinks;
    this.descriptions = descriptions;
    this.issueFailures = issueFailures;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  static String key(long ruleId, long issueId) {
    return TYPE.key("rule", ruleId, "issue", issueId);
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload p, JobContext context) {
    Optional<AlertRule> rule = rules.find(p.ruleId());
    Optional<OrgRef> org = organizations.organization(p.organizationId());
    if (rule.isEmpty() || org.isEmpty()) {
      return;
    }
    Optional<Installation> installation =
        installations.find(p.organizationId(), rule.get().installationId());
    if (installation.isEmpty()) {
      return;
    }
    Optional<Issue> found = issues.find(p.organizationId(), p.issueId());
    if (found.isEmpty()) {
      return;
    }
    Issue issue = found.get();
    Claimed claimed = claim(rule.get(), issue, installation.get());
    if (claimed == Claimed.NO) {
      return;
    }
    try {
      create(rule.get(), org.get(), issue, installation.get(), claimed == Claimed.AGAIN);
    } catch (InstallationPausedException e) {
      failed(p, issue, e);
      throw e;
    } catch (AzureDevOpsException e) {
      failed(p, issue, e);
      if (e.isRetryable()) {
        throw e;
      }
      throw new PermanentJobFailure(e.getMessage(), e);
    } catch (ApiException e) {
      failed(p, issue, e);
      throw new PermanentJobFailure(e.getMessage(), e);
    }
  }

  /** Recorded on the rule (its newest failure) and on the issue (until the rule succeeds). */
  private void failed(Payload p, Issue issue, RuntimeException e) {
    rules.failed(p.ruleId(), couldNotCreate(issue, e), clock.instant());
    issueFailures.failed(p.ruleId(), p.issueId(), RuleIssueFailures.reason(e), clock.instant());
  }

  /** What the rule shows: the issue and the reason in words (the details are in the job log). */
  private static String couldNotCreate(Issue issue, RuntimeException e) {
    return "Could not create a work item for " + issue.shortId() + ". " + AdoErrors.sentence(e);
  }

  /**
   * Retrying stopped: the rule keeps the last attempt's reason, saying that no more attempts follow
   * (the job is listed as failed, and can be run again).
   */
  @Override
  public void onFailed(Payload payload, FailedJob failure) {
    String last = rules.find(payload.ruleId()).map(AlertRule::lastError).orElse(null);
    String reason =
        last == null
            ? "Could not create a work item; adolink stopped trying."
            : last.startsWith(GAVE_UP) ? last : GAVE_UP + last;
    rules.failed(payload.ruleId(), reason, clock.instant());
  }

  private static final String GAVE_UP = "Stopped trying. ";

  private enum Claimed {
    /** another rule holds the claim, or the work item exists */
    NO,
    /** claimed now: nothing was created for the issue yet */
    FIRST,
    /** held from an earlier run, which may have created the work item without recording it */
    AGAIN
  }

  /**
   * Whether this rule may create the issue's work item now: it holds the claim (taking over the
   * pending claim of a deleted rule), the claim is not done, and the issue has no work item of the
   * installation yet (then the claim is finished as skipped).
   */
  private Claimed claim(AlertRule rule, Issue issue, Installation installation) {
    RuleClaims.Claim claim =
        claims.claim(issue.id(), installation.id(), rule.id(), clock.instant());
    if (claim.status() != RuleClaims.Status.PENDING) {
      return Claimed.NO;
    }
    if (claim.ruleId() != rule.id()
        && (rules.find(claim.ruleId()).isPresent()
            || !claims.takeOver(
                issue.id(), installation.id(), claim.ruleId(), rule.id(), clock.instant()))) {
      return Claimed.NO;
    }
    boolean linked =
        links.linksOf(issue.id()).stream()
            .anyMatch(item -> item.installationId() == installation.id());
    if (linked) {
      claims.finish(
          issue.id(), installation.id(), RuleClaims.Status.SKIPPED, null, clock.instant());
      return Claimed.NO;
    }
    return claim.fresh() ? Claimed.FIRST : Claimed.AGAIN;
  }

  private void create(
      AlertRule rule, OrgRef org, Issue issue, Installation installation, boolean again) {
    String issueUrl = backLinks.issue(org.slug(), issue);
    String ruleUrl = backLinks.alertRule(org.slug(), issue.project().slug(), rule.id());
    WorkItemDraft draft =
        WorkItemDraft.parse(json.valueToTree(rule.action()))
            .withText(
                issue.title(),
                descriptions.of(issue, issueUrl)
                    + "\n\n"
                    + Descriptions.ruleFooter(rule.name(), ruleUrl))
            .requireComplete();
    Organization ado = installations.client(installation);
    Optional<LinkedWorkItem> earlier =
        again ? recovery.find(ado, installation, issue, draft, issueUrl) : Optional.empty();
    LinkedWorkItem item =
        earlier.orElseGet(() -> creator.create(ado, installation, issue, issueUrl, draft));
    transactions.executeWithoutResult(
        status -> {
          links.link(
              issue.ref(),
              item,
              WorkItemLinked.Reason.CREATED,
              ChangeSource.integration(installation.id()));
          claims.finish(
              issue.id(),
              installation.id(),
              RuleClaims.Status.CREATED,
              item.workItemId(),
              clock.instant());
          rules.created(rule.id(), clock.instant());
          issueFailures.succeeded(rule.id(), issue.id());
        });
  }
}
