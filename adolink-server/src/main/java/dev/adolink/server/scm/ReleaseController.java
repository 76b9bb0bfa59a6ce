package dev.adolink.server.scm;

import dev.adolink.server.scm.ScmJson.CommitJson;
import dev.adolink.server.scm.ScmJson.DeployJson;
import dev.adolink.server.scm.ScmJson.FetchJson;
import dev.adolink.server.scm.ScmJson.ProjectJson;
import dev.adolink.server.scm.ScmJson.RefJson;
import dev.adolink.server.scm.ScmJson.ReleaseJson;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrgRef;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Releases and their commits. Creating a version that exists answers 208 with it, as Sentry does.
 */
@RestController
class ReleaseController {

  private static final String RELEASES = "/api/0/organizations/{org}/releases/";

  record CreateRelease(
      @NotBlank @Size(max = 200) String version,
      @NotNull @Size(min = 1, max = 100) List<@NotBlank String> projects,
      @Nullable @Size(max = 50) List<@NotNull @Valid RefBody> refs) {}

  record RefBody(
      @NotBlank @Size(max = 600) String repository,
      @NotBlank @Size(max = 64) String commit,
      @Nullable @Size(max = 64) String previousCommit) {}

  private final OrganizationAccess access;
  private final Releases releases;

  ReleaseController(OrganizationAccess access, Releases releases) {
    this.access = access;
    this.releases = releases;
  }

  @PostMapping(RELEASES)
  ResponseEntity<ReleaseJson> create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @RequestBody CreateRelease body) {
    Membership caller = access.require(user, org, Role.MEMBER);
    List<NewRelease.Ref> refs =
        body.refs() == null
            ? List.of()
            : body.refs().stream()
                .map(r -> new NewRelease.Ref(r.repository(), r.commit(), r.previousCommit()))
                .toList();
    Releases.Saved saved =
        releases.create(
            caller.organization(), new NewRelease(body.version(), body.projects(), refs));
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.ALREADY_REPORTED)
        .body(json(caller.organization(), saved.release()));
  }

  @GetMapping(RELEASES)
  List<ReleaseJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return releases.list(caller.organization().id(), limit).stream()
        .map(release -> json(caller.organization(), release))
        .toList();
  }

  @GetMapping(RELEASES + "{version}/")
  ReleaseJson get(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return json(caller.organization(), releases.require(caller.organization().id(), version));
  }

  @GetMapping(RELEASES + "{version}/commits/")
  List<CommitJson> commits(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Release release = releases.require(caller.organization().id(), version);
    return releases.commits(release).stream().map(CommitJson::of).toList();
  }

  private ReleaseJson json(OrgRef organization, Release release) {
    List<Deploy> deploys = releases.deploys(release);
    return new ReleaseJson(
        String.valueOf(release.id()),
        release.version(),
        release.createdAt(),
        release.releasedAt(),
        releases.projects(organization, release).stream().map(ProjectJson::of).toList(),
        releases.refs(release).stream()
            .map(r -> new RefJson(r.repository(), r.commit(), r.previousCommit()))
            .toList(),
        releases.commitCount(release),
        deploys.size(),
        deploys.isEmpty() ? null : DeployJson.of(deploys.get(0)),
        FetchJson.of(release.fetch()));
  }
}
