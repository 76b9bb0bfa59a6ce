package dev.adolink.server.web;

import dev.adolink.server.integration.InstallRequest;
import dev.adolink.server.integration.InstallationAdmin;
import dev.adolink.server.integration.InstallationView;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.NewMember;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.OrganizationService;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import dev.adolink.server.tracker.SlugAndName;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The organizations list and an organization's page: projects, members, integrations. */
@Controller
class OrganizationPages {

  private final OrganizationAccess access;
  private final OrganizationService organizations;
  private final ProjectService projects;
  private final InstallationAdmin installations;

  OrganizationPages(
      OrganizationAccess access,
      OrganizationService organizations,
      ProjectService projects,
      InstallationAdmin installations) {
    this.access = access;
    this.organizations = organizations;
    this.projects = projects;
    this.installations = installations;
  }

  @GetMapping("/organizations/")
  String list(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
    model.addAttribute("organizations", organizations.visibleTo(user));
    return "web/organizations";
  }

  /** Any signed-in user may create an organization, and owns it. */
  @PostMapping("/organizations/")
  String create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @Valid @ModelAttribute("organization") SlugAndName organization,
      BindingResult binding,
      HttpServletResponse response,
      Model model) {
    FormErrors errors = null;
    if (binding.hasErrors()) {
      errors = FormErrors.of("organization", binding);
    } else {
      try {
        organizations.create(user, organization);
        return "redirect:/organizations/" + organization.slug() + "/";
      } catch (ApiException e) {
        errors = FormErrors.of("organization", e);
      }
    }
    response.setStatus(errors.status());
    model.addAttribute("errors", errors);
    return list(user, model);
  }

  @PostMapping("/organizations/{org}/projects/")
  String addProject(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @ModelAttribute("project") SlugAndName project,
      BindingResult binding,
      HttpServletResponse response,
      Model model) {
    Membership caller = access.require(user, org, Role.MANAGER);
    if (binding.hasErrors()) {
      return refused(caller, model, response, FormErrors.of("project", binding));
    }
    try {
      projects.create(caller.organization(), project);
    } catch (ApiException e) {
      return refused(caller, model, response, FormErrors.of("project", e));
    }
    return "redirect:/organizations/" + org + "/#projects";
  }

  @GetMapping("/organizations/{org}/")
  String show(
      @AuthenticationPrincipal AuthenticatedUser user, @PathVariable String org, Model model) {
    return render(access.require(user, org, Role.MEMBER), model, null);
  }

  @PostMapping("/organizations/{org}/members/")
  String addMember(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @ModelAttribute("member") NewMember member,
      BindingResult binding,
      HttpServletResponse response,
      Model model) {
    Membership caller = access.require(user, org, Role.MANAGER);
    if (binding.hasErrors()) {
      return refused(caller, model, response, FormErrors.of("member", binding));
    }
    try {
      organizations.addMember(caller, member);
    } catch (ApiException e) {
      return refused(caller, model, response, FormErrors.of("member", e));
    }
    return "redirect:/organizations/" + org + "/#members";
  }

  /** Connects Azure DevOps with a PAT, or with a service principal's fields. */
  @PostMapping("/organizations/{org}/integrations/")
  String connect(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @ModelAttribute("connect") InstallRequest request,
      HttpServletResponse response,
      Model model) {
    Membership caller = access.require(user, org, Role.MANAGER);
    InstallationView installed;
    try {
      installed = installations.install(caller.organization().id(), request);
    } catch (ApiException e) {
      return refused(caller, model, response, FormErrors.of("connect", e));
    }
    return "redirect:/organizations/" + org + "/integrations/" + installed.id() + "/";
  }

  private String refused(
      Membership caller, Model model, HttpServletResponse response, FormErrors errors) {
    response.setStatus(errors.status());
    return render(caller, model, errors);
  }

  private String render(Membership caller, Model model, @Nullable FormErrors errors) {
    long id = caller.organization().id();
    model.addAttribute("org", caller.organization());
    model.addAttribute("canManage", caller.role().includes(Role.MANAGER));
    model.addAttribute("projects", projects.list(caller.organization()));
    model.addAttribute("members", organizations.members(caller.organization()));
    model.addAttribute("integrations", installations.list(id));
    model.addAttribute("oauthAvailable", installations.oauthAvailable());
    model.addAttribute("roles", Role.values());
    model.addAttribute("errors", errors);
    return "web/organization";
  }
}
