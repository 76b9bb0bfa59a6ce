package dev.adolink.server.web;

import dev.adolink.server.integration.ConfigChoices;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationAdmin;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.SubscriptionCheck;
import dev.adolink.server.sync.SyncAdmin;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationService;
import dev.adolink.server.tracker.Role;
import dev.adolink.server.webhooks.Deliveries;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills an integration's page: status and subscriptions, the sync configuration, and for owners and
 * managers the user mappings, the webhook deliveries (optionally of one status) and the sync log.
 */
@Component
class IntegrationPageModel {

  static final int ROWS = 50;

  /** The status mapping's choices are read from ADO again after this long. */
  private static final Duration KEEP_CHOICES = Duration.ofMinutes(5);

  /** A health check's result is shown for this long (or until a page showed it). */
  static final Duration KEEP_HEALTH = Duration.ofHours(1);

  static String choicesKey(long installationId) {
    return "choices:" + installationId;
  }

  static String healthKey(long installationId) {
    return "health:" + installationId;
  }

  /** Forgets the choices read from ADO (after the configuration changed). */
  void forgetChoices(long installationId) {
    answers.forget(choicesKey(installationId));
  }

  /** A health check started from the page: running (since when), or its result, shown once. */
  private void healthCheck(Model model, long id) {
    Optional<AdoAnswers.Answer<List<SubscriptionCheck>>> check = answers.peek(healthKey(id));
    if (check.isEmpty()) {
      return;
    }
    AdoAnswers.Answer<List<SubscriptionCheck>> answer = check.get();
    if (answer.late()) {
      model.addAttribute("healthRunning", answer.started());
      return;
    }
    answers.forget(healthKey(id));
    if (answer.value() != null) {
      model.addAttribute("healthDone", IntegrationPages.healthSentence(answer.value()));
    } else if (answer.failure() instanceof ApiException e && !model.containsAttribute("errors")) {
      model.addAttribute("healthFailed", e.body().detail());
    }
  }

  private final InstallationAdmin admin;
  private final Installations installations;
  private final SyncAdmin sync;
  private final Deliveries deliveries;
  private final OrganizationService organizations;
  private final AdoAnswers answers;
  private final SyncLogRows syncLog;

  IntegrationPageModel(
      InstallationAdmin admin,
      Installations installations,
      SyncAdmin sync,
      Deliveries deliveries,
      OrganizationService organizations,
      AdoAnswers answers,
      SyncLogRows syncLog) {
    this.answers = answers;
    this.syncLog = syncLog;
    this.admin = admin;
    this.installations = installations;
    this.sync = sync;
    this.deliveries = deliveries;
    this.organizations = organizations;
  }

  String render(
      Model model,
      Membership caller,
      long id,
      @Nullable String deliveryStatus,
      @Nullable FormErrors errors) {
    long organizationId = caller.organization().id();
    Installation installation = installations.require(organizationId, id);
    boolean manager = caller.role().includes(Role.MANAGER);
    AdoAnswers.Answer<ConfigChoices.Choices> asked =
        answers.ask(choicesKey(id), KEEP_CHOICES, () -> admin.choices(organizationId, id));
    ConfigChoices.Choices choices =
        asked.value() != null
            ? asked.value()
            : new ConfigChoices.Choices(
                List.of(),
                true,
                asked.late()
                    ? "it did not answer in time (reload the page to try again)"
                    : "it failed");
    healthCheck(model, id);
    model.addAttribute("org", caller.organization());
    model.addAttribute("canManage", manager);
    model.addAttribute("integration", admin.get(organizationId, id));
    model.addAttribute("config", SyncConfigForm.of(admin.settings(organizationId, id), choices));
    model.addAttribute("deliveryStatus", deliveryStatus);
    model.addAttribute("deliveryStatuses", Deliveries.STATUSES);
    model.addAttribute(
        "deliveries", manager ? deliveries.of(installation, deliveryStatus, ROWS) : List.of());
    model.addAttribute(
        "syncLog", syncLog.of(organizationId, id, sync.log(installation, null, ROWS)));
    model.addAttribute("userMappings", manager ? sync.userMappings(installation) : List.of());
    model.addAttribute("members", organizations.members(caller.organization()));
    model.addAttribute("errors", errors);
    return "web/integration";
  }
}
