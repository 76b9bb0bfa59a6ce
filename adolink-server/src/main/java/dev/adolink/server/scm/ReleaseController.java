package dev.adolink.server.scm;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.adolink.server.scm.ScmJson.CommitJson;
import dev.adolink.server.scm.ScmJson.DeployJson;
import dev.adolink.server.scm.ScmJson.FetchJson;
import dev.adolink.server.scm.ScmJson.ProjectJson;
import dev.adolink.server.scm.ScmJson.RefJson;
import dev.adolink.server.scm.ScmJson.ReleaseJson;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrgRef;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Releases and their commits. Creating a version that exists answers 208 with it, as Sentry does.
 */
@RestController
class ReleaseController {

  private static final String RELEASES = "/api/0/organizations/{org}/releases/";

  /**
   * @param projects slugs or ids (sentry-cli sends numbers for numeric arguments)
   */
  record CreateRelease(
      @NotBlank @Size(max = 200) String version,
      @NotNull @Size(max = 100) List<@NotBlank String> projects,
      @Nullable @Size(max = 50) List<@NotNull @Valid RefBody> refs,
      @Nullable @Size(max = 2000) String url,
      @Nullable Instant dateStarted,
      @Nullable Instant dateReleased,
      @Nullable String status) {}

  /** sentry-cli's {@code UpdatedRelease}. */
  record UpdateRelease(
      @Nullable @Size(max = 100) List<@NotBlank String> projects,
      @Nullable @Size(max = 2000) String url,
      @Nullable Instant dateReleased,
      @Nullable @Size(max = 50) List<@NotNull @Valid RefBody> refs,
      @Nullable @Size(max = 10_000) List<@NotNull @Valid CommitBody> commits,
      @Nullable String status) {}

  /** A commit sentry-cli read from a local checkout ({@code set-commits --local}). */
  record CommitBody(
      @NotBlank @Size(max = 64) String id,
      @Nullable @Size(max = 600) String repository,
      @JsonProperty("author_name") @Nullable @Size(max = 300) String authorName,
      @JsonProperty("author_email") @Nullable @Size(max = 320) String authorEmail,
      @Nullable OffsetDateTime timestamp,
      @Nullable String message,
      @JsonProperty("patch_set") @Nullable @Size(max = 10_000)
          List<@NotNull @Valid PatchBody> patchSet) {}

  record PatchBody(@NotBlank @Size(max = 4000) String path, @NotBlank String type) {}

  record RefBody(
      @NotBlank @Size(max = 600) String repository,
      @NotBlank @Size(max = 64) String commit,
      @Nullable @Size(max = 64) String previousCommit) {}

  private final OrganizationAccess access;
  private final Releases releases;
  private final ReleaseUpdates updates;
  private final ProjectService projects;

  ReleaseController(
      OrganizationAccess access,
      Releases releases,
      ReleaseUpdates updates,
      ProjectService projects) {
    this.access = access;
    this.releases = releases;
    this.updates = updates;
    this.projects = projects;
  }

  @PostMapping(RELEASES)
  ResponseEntity<ReleaseJson> create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @Valid @RequestBody CreateRelease body) {
    Membership caller = access.require(user, org, Role.MEMBER);
    openOnly(body.status());
    List<NewRelease.Ref> refs = body.refs() == null ? List.of() : refs(body.refs());
    Releases.Saved saved =
        releases.create(
            caller.organization(),
            new NewRelease(
                body.version(),
                body.projects(),
                refs,
                body.url(),
                body.dateStarted(),
                body.dateReleased()));
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.ALREADY_REPORTED)
        .body(json(caller.organization(), saved.release()));
  }

  @GetMapping(RELEASES)
  ResponseEntity<List<ReleaseJson>> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return page(caller.organization(), null, cursor, limit);
  }

  @GetMapping("/api/0/projects/{org}/{project}/releases/")
  ResponseEntity<List<ReleaseJson>> listOfProject(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    Membership caller = access.require(user, org, Role.MEMBER);
    long projectId = projects.require(caller.organization(), project).id();
    return page(caller.organization(), projectId, cursor, limit);
  }

  private ResponseEntity<List<ReleaseJson>> page(
      OrgRef organization, @Nullable Long projectId, @Nullable String cursor, int limit) {
    return Cursors.page(
        cursor,
        limit,
        (offset, count) -> {
          List<Release> found = releases.list(organization.id(), projectId, offset, count);
          Map<Long, Releases.Summary> summaries = releases.summaries(organization, found);
          return found.stream().map(release -> json(release, summaries.get(release.id()))).toList();
        });
  }

  @GetMapping(RELEASES + "{version}/")
  ReleaseJson get(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return json(caller.organization(), releases.require(caller.organization().id(), version));
  }

  @PutMapping(RELEASES + "{version}/")
  ReleaseJson update(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version,
      @Valid @RequestBody UpdateRelease body) {
    Membership caller = access.require(user, org, Role.MEMBER);
    openOnly(body.status());
    Release release =
        updates.update(
            caller.organization(),
            version,
            new ReleaseUpdate(
                body.projects(),
                body.url(),
                body.dateReleased(),
                body.refs() == null ? null : refs(body.refs()),
                body.commits() == null
                    ? null
                    : body.commits().stream().map(ReleaseController::local).toList()));
    return json(caller.organization(), release);
  }

  @DeleteMapping(RELEASES + "{version}/")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version) {
    Membership caller = access.require(user, org, Role.MANAGER);
    releases.delete(caller.organization().id(), version);
    return ResponseEntity.noContent().build();
  }

  /** {@code {}} when there is none, as Sentry answers. */
  @GetMapping(RELEASES + "{version}/previous-with-commits/")
  Object previousWithCommits(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String version) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return updates
        .previousWithCommits(caller.organization().id(), version)
        .<Object>map(release -> json(caller.organization(), release))
        .orElse(Map.of());
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

  /** sentry-cli's {@code releases archive|restore} send a status. */
  private static void openOnly(@Nullable String status) {
    if (status != null && !status.equalsIgnoreCase("open")) {
      throw ApiException.invalid("status", "adolink does not archive releases; delete it instead");
    }
  }

  private static List<NewRelease.Ref> refs(List<RefBody> refs) {
    return refs.stream()
        .map(r -> new NewRelease.Ref(r.repository(), r.commit(), r.previousCommit()))
        .toList();
  }

  private static ReleaseUpdate.LocalCommit local(CommitBody commit) {
    List<FileChange> files =
        commit.patchSet() == null
            ? List.of()
            : commit.patchSet().stream()
                .map(
                    p ->
                        new FileChange(
                            p.path().startsWith("/") ? p.path() : "/" + p.path(),
                            p.type().strip().toUpperCase(Locale.ROOT)))
                .toList();
    return new ReleaseUpdate.LocalCommit(
        commit.id(),
        commit.repository(),
        commit.authorName(),
        commit.authorEmail(),
        commit.timestamp() == null ? null : commit.timestamp().toInstant(),
        commit.message(),
        files);
  }

  private ReleaseJson json(OrgRef organization, Release release) {
    return json(release, releases.summary(organization, release));
  }

  private static ReleaseJson json(Release release, Releases.Summary summary) {
    List<Deploy> deploys = summary.deploys();
    return new ReleaseJson(
        String.valueOf(release.id()),
        release.version(),
        release.version(),
        release.url(),
        release.createdAt(),
        release.startedAt(),
        release.releasedAt(),
        summary.headCommit().map(ScmJson.LastCommitJson::new).orElse(null),
        null,
        0,
        summary.projects().stream().map(ProjectJson::of).toList(),
        summary.refs().stream()
            .map(r -> new RefJson(r.repository(), r.commit(), r.previousCommit()))
            .toList(),
        summary.commitCount(),
        deploys.size(),
        deploys.isEmpty() ? null : DeployJson.of(deploys.get(0)),
        FetchJson.of(release.fetch()));
  }
}
