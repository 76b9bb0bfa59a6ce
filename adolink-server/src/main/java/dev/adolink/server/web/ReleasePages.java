package dev.adolink.server.web;

import dev.adolink.server.scm.Deploy;
import dev.adolink.server.scm.NewDeploy;
import dev.adolink.server.scm.NewRelease;
import dev.adolink.server.scm.Release;
import dev.adolink.server.scm.Releases;
import dev.adolink.server.scm.Repos;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Releases: the list with a form to create one (its projects and a head commit in one repository),
 * and a release's page with its commits and their file changes, its refs and deploys.
 */
@Controller
class ReleasePages {

  static final String PATH = "/organizations/{org}/releases/";
  private static final int LIMIT = 100;

  /** What was typed into a refused release form, shown again. */
  record TypedRelease(
      @Nullable String version,
      List<String> projects,
      @Nullable String repository,
      @Nullable String commit,
      @Nullable String previousCommit) {}

  private final OrganizationAccess access;
  private final Releases releases;
  private final Repos repos;
  private final ProjectService projects;

  ReleasePages(OrganizationAccess access, Releases releases, Repos repos, ProjectService projects) {
    this.access = access;
    this.releases = releases;
    this.repos = repos;
    this.projects = projects;
  }

  @GetMapping(PATH)
  String list(
      @AuthenticationPrincipal AuthenticatedUser user, @PathVariable String org, Model model) {
    return renderList(access.require(user, org, Role.MEMBER), model, null);
  }

  @PostMapping(PATH)
  String create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(required = false) @Nullable String version,
      @RequestParam(required = false) @Nullable List<String> projects,
      @RequestParam(required = false) @Nullable String repository,
      @RequestParam(required = false) @Nullable String commit,
      @RequestParam(required = false) @Nullable String previousCommit,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MEMBER);
    List<String> chosen = projects == null ? List.of() : projects;
    List<NewRelease.Ref> refs =
        repository == null || commit == null
            ? List.of()
            : List.of(new NewRelease.Ref(repository, commit, previousCommit));
    Release release;
    try {
      release =
          releases
              .create(
                  caller.organization(),
                  new NewRelease(version == null ? "" : version, chosen, refs))
              .release();
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      model.addAttribute(
          "typed", new TypedRelease(version, chosen, repository, commit, previousCommit));
      return renderList(caller, model, FormErrors.of("release", e));
    }
    redirect.addFlashAttribute("notice", "Release " + release.version() + " created.");
    return "redirect:" + path(org, release.version());
  }

  @GetMapping(PATH + "{version}/")
  String show(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version,
      Model model) {
    return render(access.require(user, org, Role.MEMBER), version, model, null);
  }

  @PostMapping(PATH + "{version}/deploys")
  String deploy(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version,
      @RequestParam(required = false) @Nullable String environment,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MEMBER);
    try {
      releases.deploy(
          caller.organization().id(),
          version,
          new NewDeploy(environment == null ? "" : environment, null, null, null, null));
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(caller, version, model, FormErrors.of("deploy", e));
    }
    redirect.addFlashAttribute("notice", "Deploy to " + environment + " recorded.");
    return "redirect:" + path(org, version);
  }

  @PostMapping(PATH + "{version}/delete")
  String delete(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    releases.delete(caller.organization().id(), version);
    redirect.addFlashAttribute(
        "notice", "Release " + version + " deleted. Its commits stay known to adolink.");
    return "redirect:/organizations/" + org + "/releases/";
  }

  private String renderList(Membership caller, Model model, @Nullable FormErrors errors) {
    long organizationId = caller.organization().id();
    model.addAttribute("org", caller.organization());
    model.addAttribute("releases", releases.list(organizationId, LIMIT));
    model.addAttribute("unmatched", releases.unmatched(organizationId, 20));
    model.addAttribute("projects", projects.list(caller.organization()));
    model.addAttribute("repos", repos.list(organizationId));
    model.addAttribute("errors", errors);
    return "web/releases";
  }

  private String render(
      Membership caller, String version, Model model, @Nullable FormErrors errors) {
    Release release = releases.require(caller.organization().id(), version);
    model.addAttribute("org", caller.organization());
    model.addAttribute("release", release);
    model.addAttribute("releaseProjects", releases.projects(caller.organization(), release));
    model.addAttribute("refs", releases.refs(release));
    List<Deploy> deploys = releases.deploys(release);
    model.addAttribute("deploys", deploys);
    model.addAttribute("deploysByEnvironment", byEnvironment(deploys));
    model.addAttribute("commits", releases.commits(release));
    model.addAttribute("errors", errors);
    model.addAttribute("canManage", caller.role().includes(Role.MANAGER));
    return "web/release";
  }

  /** Per environment (by name), newest first within each. */
  private static Map<String, List<Deploy>> byEnvironment(List<Deploy> deploys) {
    Map<String, List<Deploy>> grouped = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    deploys.forEach(d -> grouped.computeIfAbsent(d.environment(), e -> new ArrayList<>()).add(d));
    return grouped;
  }

  private static String path(String org, String version) {
    return "/organizations/"
        + org
        + "/releases/"
        + UriUtils.encodePathSegment(version, "UTF-8")
        + "/";
  }
}
