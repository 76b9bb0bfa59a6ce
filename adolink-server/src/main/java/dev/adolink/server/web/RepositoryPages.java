package dev.adolink.server.web;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.scm.CodeMappings;
import dev.adolink.server.scm.NewCodeMapping;
import dev.adolink.server.scm.Repo;
import dev.adolink.server.scm.Repos;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's source code page: its repositories (added from the repositories each connected
 * Azure DevOps organization offers) and the code mappings that link stack frames to their files.
 */
@Controller
class RepositoryPages {

  static final String PATH = "/organizations/{org}/repos/";

  /**
   * The repositories one installation offers, or why ADO could not be asked.
   *
   * @param available the ADO repositories not added yet
   */
  record Offer(
      Installation installation, List<Repos.Available> available, @Nullable String error) {}

  private final OrganizationAccess access;
  private final Installations installations;
  private final Repos repos;
  private final CodeMappings mappings;
  private final ProjectService projects;

  RepositoryPages(
      OrganizationAccess access,
      Installations installations,
      Repos repos,
      CodeMappings mappings,
      ProjectService projects) {
    this.access = access;
    this.installations = installations;
    this.repos = repos;
    this.mappings = mappings;
    this.projects = projects;
  }

  /** An empty stack or source root is a valid root (every path), not a missing value. */
  @InitBinder("mapping")
  void emptyRoots(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, "stackRoot", new StringTrimmerEditor(false));
    binder.registerCustomEditor(String.class, "sourceRoot", new StringTrimmerEditor(false));
  }

  @GetMapping(PATH)
  String show(
      @AuthenticationPrincipal AuthenticatedUser user, @PathVariable String org, Model model) {
    return render(access.require(user, org, Role.MEMBER), model, null);
  }

  /** Adds a repository: {@code repository} is {@code <installation id>|<ADO repository id>}. */
  @PostMapping(PATH)
  String add(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(required = false) @Nullable String repository,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    String[] parts = repository == null ? new String[0] : repository.split("\\|", 2);
    try {
      if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
        throw ApiException.invalid("repository", "choose a repository to add");
      }
      var added = repos.add(caller.organization().id(), Long.parseLong(parts[0]), parts[1]);
      redirect.addFlashAttribute("notice", "Repository " + added.name() + " added.");
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(caller, model, FormErrors.of("repository", e));
    }
    return "redirect:/organizations/" + org + "/repos/";
  }

  @PostMapping(PATH + "{repoId}/delete")
  String remove(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long repoId,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    var removed = repos.remove(caller.organization().id(), repoId);
    redirect.addFlashAttribute(
        "notice",
        "Repository "
            + removed.name()
            + " removed: new releases and pushes no longer read it, its code mappings are gone;"
            + " the commits of past releases stay. Add it again to restore it.");
    return "redirect:/organizations/" + org + "/repos/";
  }

  @PostMapping(PATH + "code-mappings")
  String addMapping(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @ModelAttribute("mapping") NewCodeMapping mapping,
      BindingResult binding,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    FormErrors errors = null;
    if (binding.hasErrors()) {
      errors = FormErrors.of("mapping", binding);
    } else {
      try {
        mappings.create(caller.organization(), mapping);
        redirect.addFlashAttribute("notice", "Code mapping added.");
        return "redirect:/organizations/" + org + "/repos/#code-mappings";
      } catch (ApiException e) {
        errors = FormErrors.of("mapping", e);
      }
    }
    response.setStatus(errors.status());
    return render(caller, model, errors);
  }

  @PostMapping(PATH + "code-mappings/{mappingId}/delete")
  String deleteMapping(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long mappingId,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    var removed = mappings.delete(caller.organization(), mappingId);
    redirect.addFlashAttribute(
        "notice",
        "Code mapping "
            + removed.stackRoot()
            + " → "
            + removed.sourceRoot()
            + " removed: those frames no longer link to "
            + removed.repo().name()
            + ".");
    return "redirect:/organizations/" + org + "/repos/#code-mappings";
  }

  private String render(Membership caller, Model model, @Nullable FormErrors errors) {
    long organizationId = caller.organization().id();
    var added = repos.list(organizationId);
    boolean manager = caller.role().includes(Role.MANAGER);
    List<Offer> offers = new ArrayList<>();
    if (manager) {
      for (Installation installation : installations.ofOrganization(organizationId)) {
        offers.add(offer(installation, added.stream().map(Repo::externalId).toList()));
      }
    }
    model.addAttribute("org", caller.organization());
    model.addAttribute("canManage", manager);
    model.addAttribute("repos", added);
    model.addAttribute("offers", offers);
    List<Project> all = projects.list(caller.organization());
    model.addAttribute("projects", all);
    model.addAttribute(
        "projectsById", all.stream().collect(Collectors.toMap(Project::id, Project::slug)));
    model.addAttribute("mappings", mappings.list(caller.organization(), null));
    model.addAttribute("errors", errors);
    return "web/repos";
  }

  private Offer offer(Installation installation, List<String> addedIds) {
    try {
      List<Repos.Available> available =
          repos.available(installation.organizationId(), installation.id()).stream()
              .filter(r -> !addedIds.contains(r.identifier()))
              .toList();
      return new Offer(installation, available, null);
    } catch (ApiException e) {
      return new Offer(installation, List.of(), e.getMessage());
    }
  }
}
