package dev.adolink.server.tracker;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.TrackerJson.ProjectJson;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProjectController {

  private final ProjectService projects;
  private final OrganizationAccess access;

  ProjectController(ProjectService projects, OrganizationAccess access) {
    this.projects = projects;
    this.access = access;
  }

  @PostMapping("/api/0/organizations/{org}/projects/")
  @ResponseStatus(HttpStatus.CREATED)
  ProjectJson create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @RequestBody SlugAndName body) {
    Membership caller = access.require(user, org, Role.MANAGER);
    return ProjectJson.of(projects.create(caller.organization(), body));
  }

  @GetMapping("/api/0/organizations/{org}/projects/")
  List<ProjectJson> list(
      @AuthenticationPrincipal AuthenticatedUser user, @PathVariable String org) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return projects.list(caller.organization()).stream().map(ProjectJson::of).toList();
  }
}
