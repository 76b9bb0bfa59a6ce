package dev.adolink.server.web;

import dev.adolink.server.integration.ConfigChoices;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationAdmin;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Level;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import dev.adolink.server.workitems.AlertRule;
import dev.adolink.server.workitems.AlertRules;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
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
 * A project's alert rules: the list, a create form (posted as the API's body, checked against ADO
 * by the same service) and delete. {@code /organizations/{org}/alerts/rules/{project}/{id}/}, the
 * link written into work items a rule created, lands on the rule in the list.
 */
@Controller
class AlertRulePages {

  static final String PATH = "/organizations/{org}/projects/{project}/alert-rules/";

  private final OrganizationAccess access;
  private final ProjectService projects;
  private final AlertRules rules;
  private final Installations installations;
  private final InstallationAdmin admin;

  AlertRulePages(
      OrganizationAccess access,
      ProjectService projects,
      AlertRules rules,
      Installations installations,
      InstallationAdmin admin) {
    this.access = access;
    this.projects = projects;
    this.rules = rules;
    this.installations = installations;
    this.admin = admin;
  }

  @GetMapping(PATH)
  String list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @RequestParam(required = false) @Nullable Long integration,
      Model model) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return render(caller, project, integration, model, null, Map.of());
  }

  /** The form filled with a rule's definition, saved back to the rule. */
  @GetMapping(PATH + "{ruleId}/edit")
  String edit(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @PathVariable long ruleId,
      Model model) {
    Membership caller = access.require(user, org, Role.MANAGER);
    AlertRule rule = rules.get(projects.require(caller.organization(), project).id(), ruleId);
    model.addAttribute("editing", rule);
    String page =
        render(caller, project, rule.installationId(), model, null, AlertRuleForm.values(rule));
    ConfigChoices.Choices choices = (ConfigChoices.Choices) model.getAttribute("choices");
    model.addAttribute("submitted", AlertRuleForm.values(rule, choices));
    return page;
  }

  @PostMapping(PATH + "{ruleId}")
  String update(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @PathVariable long ruleId,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    Project target = projects.require(caller.organization(), project);
    AlertRule rule = rules.get(target.id(), ruleId);
    AlertRuleForm posted = AlertRuleForm.of(form);
    try {
      rules.update(caller.organization().id(), target.id(), ruleId, posted.command());
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      model.addAttribute("editing", rule);
      return render(
          caller, project, posted.integration(), model, FormErrors.of("rule", e), posted.values());
    }
    redirect.addFlashAttribute("notice", "Alert rule " + posted.values().get("name") + " saved.");
    return "redirect:" + path(org, project);
  }

  @GetMapping("/organizations/{org}/alerts/rules/{project}/{ruleId}/")
  String rule(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @PathVariable long ruleId) {
    access.require(user, org, Role.MEMBER);
    return "redirect:/organizations/"
        + org
        + "/projects/"
        + project
        + "/alert-rules/#rule-"
        + ruleId;
  }

  @PostMapping(PATH)
  String create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    Project target = projects.require(caller.organization(), project);
    AlertRuleForm posted = AlertRuleForm.of(form);
    try {
      rules.create(caller.organization().id(), target.id(), posted.command());
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(
          caller, project, posted.integration(), model, FormErrors.of("rule", e), posted.values());
    }
    redirect.addFlashAttribute("notice", "Alert rule " + posted.values().get("name") + " created.");
    return "redirect:" + path(org, project);
  }

  @PostMapping(PATH + "{ruleId}/delete")
  String delete(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @PathVariable long ruleId,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    long projectId = projects.require(caller.organization(), project).id();
    String name = rules.get(projectId, ruleId).name();
    rules.delete(projectId, ruleId);
    redirect.addFlashAttribute(
        "notice", "Alert rule " + name + " deleted. Work items it created stay.");
    return "redirect:" + path(org, project);
  }

  private String render(
      Membership caller,
      String projectSlug,
      @Nullable Long integration,
      Model model,
      @Nullable FormErrors errors,
      Map<String, String> submitted) {
    Project project = projects.require(caller.organization(), projectSlug);
    List<Installation> integrations = installations.ofOrganization(caller.organization().id());
    Installation chosen =
        integrations.stream()
            .filter(i -> integration == null || i.id() == integration)
            .findFirst()
            // an id that is not one of the organization's (e.g. -1): the form offers the first
            .or(() -> integrations.stream().findFirst())
            .orElse(null);
    boolean manager = caller.role().includes(Role.MANAGER);
    ConfigChoices.Choices choices =
        chosen == null || !manager ? null : admin.choices(caller.organization().id(), chosen.id());
    model.addAttribute("org", caller.organization());
    model.addAttribute("project", project);
    model.addAttribute("canManage", manager);
    model.addAttribute("rules", rules.list(project.id()));
    model.addAttribute("integrations", integrations);
    model.addAttribute("chosen", chosen);
    model.addAttribute("choices", choices);
    model.addAttribute("levels", Level.values());
    model.addAttribute("errors", errors);
    model.addAttribute("submitted", submitted);
    return "web/alert-rules";
  }

  private static String path(String org, String project) {
    return "/organizations/" + org + "/projects/" + project + "/alert-rules/";
  }
}
