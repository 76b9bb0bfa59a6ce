package dev.adolink.server.web;

import dev.adolink.server.integration.InstallationAdmin;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.SubscriptionCheck;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import dev.adolink.server.webhooks.Deliveries;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An integration's page: status and subscription health, the sync configuration with the status
 * mapping, the health check, uninstall, and the webhook deliveries.
 */
@Controller
class IntegrationPages {

  static final String PATH = "/organizations/{org}/integrations/{id}/";

  private final OrganizationAccess access;
  private final InstallationAdmin admin;
  private final IntegrationPageModel page;
  private final Installations installations;
  private final AdoAnswers answers;
  private final Deliveries deliveries;

  IntegrationPages(
      OrganizationAccess access,
      InstallationAdmin admin,
      IntegrationPageModel page,
      Installations installations,
      AdoAnswers answers,
      Deliveries deliveries) {
    this.access = access;
    this.admin = admin;
    this.page = page;
    this.installations = installations;
    this.answers = answers;
    this.deliveries = deliveries;
  }

  @GetMapping(PATH)
  String show(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String deliveries,
      Model model) {
    return page.render(model, access.require(user, org, Role.MEMBER), id, deliveries, null);
  }

  @PostMapping(PATH + "config")
  String configure(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    try {
      admin.configure(caller.organization().id(), id, SyncConfigForm.change(form));
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return page.render(model, caller, id, null, FormErrors.of("config", e));
    }
    page.forgetChoices(id);
    redirect.addFlashAttribute("notice", "Configuration saved.");
    return "redirect:" + path(org, id);
  }

  @PostMapping(PATH + "health-check")
  String healthCheck(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    long organizationId = caller.organization().id();
    installations.require(organizationId, id);
    String key = IntegrationPageModel.healthKey(id);
    if (answers.peek(key).map(AdoAnswers.Answer::late).orElse(false)) {
      return "redirect:" + path(org, id) + "#health-check";
    }
    answers.forget(key);
    AdoAnswers.Answer<List<SubscriptionCheck>> answer =
        answers.ask(
            key,
            IntegrationPageModel.KEEP_HEALTH,
            () -> admin.healthCheck(organizationId, id),
            AdoAnswers.ACTION_WAIT);
    if (answer.late()) {
      // the page shows it running, then its result
      return "redirect:" + path(org, id) + "#health-check";
    }
    answers.forget(key);
    if (answer.failure() instanceof ApiException e) {
      response.setStatus(e.status().value());
      return page.render(model, caller, id, null, FormErrors.of("health", e));
    }
    if (answer.failure() != null) {
      throw answer.failure();
    }
    redirect.addFlashAttribute("notice", healthSentence(answer.value()));
    return "redirect:" + path(org, id);
  }

  static String healthSentence(List<SubscriptionCheck> checks) {
    long repaired = checks.stream().filter(SubscriptionCheck::repaired).count();
    return "Health check done: "
        + checks.size()
        + " subscriptions checked, "
        + repaired
        + " repaired.";
  }

  /** Applies a failed webhook delivery again. */
  @PostMapping(PATH + "deliveries/{deliveryId}/retry")
  String retryDelivery(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @PathVariable long deliveryId,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    try {
      deliveries.retry(installations.require(caller.organization().id(), id), deliveryId);
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return page.render(model, caller, id, null, FormErrors.of("delivery", e));
    }
    redirect.addFlashAttribute(
        "notice", "Delivery " + deliveryId + " is received again and will be applied shortly.");
    return "redirect:" + path(org, id) + "#deliveries";
  }

  @PostMapping(PATH + "uninstall")
  String uninstall(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    admin.uninstall(caller.organization().id(), id);
    redirect.addFlashAttribute("notice", "Integration removed.");
    return "redirect:/organizations/" + org + "/";
  }

  static String path(String org, long id) {
    return "/organizations/" + org + "/integrations/" + id + "/";
  }
}
