package dev.adolink.server.web;

import dev.adolink.server.integration.InstallationAdmin;
import dev.adolink.server.integration.SubscriptionCheck;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
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

  IntegrationPages(OrganizationAccess access, InstallationAdmin admin, IntegrationPageModel page) {
    this.access = access;
    this.admin = admin;
    this.page = page;
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
      admin.configure(caller.organization().id(), id, SyncConfigForm.body(form));
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return page.render(model, caller, id, null, FormErrors.of("config", e));
    }
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
    List<SubscriptionCheck> checks;
    try {
      checks = admin.healthCheck(caller.organization().id(), id);
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return page.render(model, caller, id, null, FormErrors.of("health", e));
    }
    long repaired = checks.stream().filter(SubscriptionCheck::repaired).count();
    redirect.addFlashAttribute(
        "notice",
        "Health check done: "
            + checks.size()
            + " subscriptions checked, "
            + repaired
            + " repaired.");
    return "redirect:" + path(org, id);
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
