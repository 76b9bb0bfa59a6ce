package dev.adolink.emulator.git;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.identity.IdentityJson;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Git repositories (list org-wide or per project, get by id or name, create, delete) and refs. */
final class RepositoriesArea implements Area {

  private static final String REPOS = "{org}/{project?}/_apis/git/repositories";

  private final GitService git;
  private final RepositoryJson json;
  private final IdentityJson identities;

  RepositoriesArea(GitService git, RepositoryJson json, IdentityJson identities) {
    this.git = git;
    this.json = json;
    this.identities = identities;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.get(REPOS, this::list);
    org.post(REPOS, this::create);
    org.get(REPOS + "/{repositoryId}", this::get);
    org.delete(REPOS + "/{repositoryId}", this::delete);
    org.get(REPOS + "/{repositoryId}/refs", this::refs);
  }

  private Response list(Request request) {
    Organization org = request.organization();
    Optional<Project> project =
        request.optionalParam("project").map(p -> ProjectService.find(org, p));
    boolean links = request.query().bool("includeLinks", false);
    List<ObjectNode> repos =
        org.read(
            () ->
                GitService.list(org, project).stream()
                    .map(
                        r ->
                            json.repository(
                                org, org.project(r.projectId().toString()).orElseThrow(), r, links))
                    .toList());
    return Response.list(repos);
  }

  private Response get(Request request) {
    Located at = Located.of(request);
    return Response.ok(
        at.org().read(() -> json.repository(at.org(), at.project(), at.repo(), true)));
  }

  /** Body {@code {name, project: {id}}}; the project may also be the route's. */
  private Response create(Request request) {
    Organization org = request.organization();
    JsonNode body = request.json();
    String projectRef =
        Optional.ofNullable(Json.text(body.path("project"), "id", null))
            .or(() -> Optional.ofNullable(Json.text(body.path("project"), "name", null)))
            .or(() -> request.optionalParam("project"))
            .orElseThrow(
                () -> GitErrors.invalidArgument("The project of the repository is required."));
    Project project = ProjectService.find(org, projectRef);
    GitRepo repo = git.createRepository(org, project, Json.text(body, "name", null));
    return Response.json(201, org.read(() -> json.repository(org, project, repo, true)));
  }

  private Response delete(Request request) {
    Located at = Located.of(request);
    at.org().write(() -> GitState.of(at.org()).repositories.remove(at.repo().id()));
    return Response.noContent();
  }

  /**
   * {@code ?filter=heads/} keeps refs starting with {@code refs/heads/}; {@code filterContains=}
   * keeps those whose name (after the filter) contains the text, in any case.
   */
  private Response refs(Request request) {
    Located at = Located.of(request);
    String filter =
        request
            .query()
            .get("filter")
            .map(f -> f.startsWith("refs/") ? f : "refs/" + f)
            .orElse("refs/");
    String contains = request.query().get("filterContains").orElse("").toLowerCase(Locale.ROOT);
    String base = json.repository(at.org(), at.project(), at.repo(), false).path("url").asString();
    List<ObjectNode> refs =
        at.org()
            .read(
                () ->
                    at.repo().refs().entrySet().stream()
                        .filter(e -> e.getKey().startsWith(filter))
                        .filter(
                            e ->
                                e.getKey()
                                    .substring(filter.length())
                                    .toLowerCase(Locale.ROOT)
                                    .contains(contains))
                        .map(e -> ref(at, base, e))
                        .toList());
    return Response.list(refs);
  }

  private ObjectNode ref(Located at, String base, Map.Entry<String, String> ref) {
    ObjectNode node = Json.object();
    node.put("name", ref.getKey());
    node.put("objectId", ref.getValue());
    at.repo().pushes().stream()
        .filter(p -> p.refUpdates().stream().anyMatch(u -> u.name().equals(ref.getKey())))
        .findFirst()
        .ifPresent(p -> node.set("creator", identities.ref(at.org(), p.pushedBy())));
    node.put(
        "url",
        base + "/refs?filter=" + ref.getKey().substring("refs/".length()).replace("/", "%2F"));
    return node;
  }
}
