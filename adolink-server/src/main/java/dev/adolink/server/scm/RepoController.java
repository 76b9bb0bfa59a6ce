package dev.adolink.server.scm;

import dev.adolink.server.scm.ScmJson.CommitJson;
import dev.adolink.server.scm.ScmJson.RepoJson;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Repositories: what an installation offers, the organization's, adding one, their commits. */
@RestController
class RepoController {

  private static final String ORG = "/api/0/organizations/{org}/";

  /**
   * @param installation the integration id, as a string (Sentry's UI) or a number
   * @param identifier the ADO repository id
   */
  record AddRepo(
      @Nullable String provider, @Nullable JsonNode installation, @Nullable String identifier) {}

  record AvailableRepos(List<Repos.Available> repos, boolean searchable) {}

  private final OrganizationAccess access;
  private final Repos repos;
  private final CommitRepository commits;

  RepoController(OrganizationAccess access, Repos repos, CommitRepository commits) {
    this.access = access;
    this.repos = repos;
    this.commits = commits;
  }

  @GetMapping(ORG + "integrations/{id}/repos/")
  AvailableRepos available(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return new AvailableRepos(repos.available(caller.organization().id(), id), false);
  }

  /** Paged with Sentry's cursors, as sentry-cli's {@code set-commits} reads it. */
  @GetMapping(ORG + "repos/")
  ResponseEntity<List<RepoJson>> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(name = "per_page", defaultValue = "100") @Min(1) @Max(100) int perPage) {
    Membership caller = access.require(user, org, Role.MEMBER);
    List<RepoJson> all = repos.list(caller.organization().id()).stream().map(RepoJson::of).toList();
    return Cursors.page(
        cursor,
        perPage,
        (offset, count) ->
            all.subList(Math.min(offset, all.size()), Math.min(offset + count, all.size())));
  }

  @PostMapping(ORG + "repos/")
  @ResponseStatus(HttpStatus.CREATED)
  RepoJson add(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestBody AddRepo body) {
    Membership caller = access.require(user, org, Role.MANAGER);
    if (body.provider() != null && !body.provider().equals(Repo.PROVIDER)) {
      throw ApiException.invalid("provider", "must be " + Repo.PROVIDER);
    }
    long installation = installationId(body.installation());
    if (body.identifier() == null || body.identifier().isBlank()) {
      throw ApiException.invalid("identifier", "must name the Azure DevOps repository (its id)");
    }
    return RepoJson.of(
        repos.add(caller.organization().id(), installation, body.identifier().strip()));
  }

  /** Sentry's repository removal: hidden, its past releases' commits kept. */
  @DeleteMapping(ORG + "repos/{id}/")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    Membership caller = access.require(user, org, Role.MANAGER);
    repos.remove(caller.organization().id(), id);
  }

  @GetMapping(ORG + "repos/{id}/commits/")
  List<CommitJson> commits(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Repo repo =
        repos
            .find(caller.organization().id(), id)
            .orElseThrow(() -> ApiException.notFound("Repository " + id + " not found"));
    return commits.ofRepository(repo.id(), 100).stream().map(CommitJson::of).toList();
  }

  private static long installationId(@Nullable JsonNode installation) {
    String text =
        installation == null || installation.isNull() ? "" : installation.asString("").strip();
    if (text.isEmpty()) {
      throw ApiException.badRequest("Azure DevOps requires an integration id.");
    }
    if (!text.matches("\\d{1,18}")) {
      throw ApiException.invalid("installation", "must be an integration id");
    }
    return Long.parseLong(text);
  }
}
