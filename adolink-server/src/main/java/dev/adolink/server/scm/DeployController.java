package dev.adolink.server.scm;

import dev.adolink.server.scm.ScmJson.DeployJson;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeployController {

  private static final String DEPLOYS = "/api/0/organizations/{org}/releases/{version}/deploys/";

  record CreateDeploy(
      @NotBlank @Size(max = 64) String environment,
      @Nullable @Size(max = 200) String name,
      @Nullable @Size(max = 2000) String url,
      @Nullable Instant dateStarted,
      @Nullable Instant dateFinished) {}

  private final OrganizationAccess access;
  private final Releases releases;
  private final UnmatchedDeployments unmatched;

  DeployController(OrganizationAccess access, Releases releases, UnmatchedDeployments unmatched) {
    this.access = access;
    this.releases = releases;
    this.unmatched = unmatched;
  }

  /** Deployments Azure Pipelines announced that found no release, newest first. */
  @GetMapping("/api/0/organizations/{org}/unmatched-deployments/")
  List<UnmatchedDeployment> unmatched(
      @AuthenticationPrincipal AuthenticatedUser user, @PathVariable String org) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return releases.unmatched(caller.organization().id(), 100);
  }

  @PostMapping(DEPLOYS)
  @ResponseStatus(HttpStatus.CREATED)
  DeployJson create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version,
      @Valid @RequestBody CreateDeploy body) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return DeployJson.of(
        releases.deploy(
            caller.organization().id(),
            version,
            new NewDeploy(
                body.environment(),
                body.name(),
                body.url(),
                body.dateStarted(),
                body.dateFinished())));
  }

  @GetMapping(DEPLOYS)
  List<DeployJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return releases.deploys(releases.require(caller.organization().id(), version)).stream()
        .map(DeployJson::of)
        .toList();
  }
}
