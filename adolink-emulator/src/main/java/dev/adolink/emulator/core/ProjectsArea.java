package dev.adolink.emulator.core;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Ids;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Core projects: list (with {@code $top}/{@code $skip} and continuation token), get, create. */
public final class ProjectsArea implements Area {

  static final int DEFAULT_TOP = 100;

  private final ProjectService projects;
  private final ProjectJson json;
  private final Urls urls;

  public ProjectsArea(ProjectService projects, ProjectJson json, Urls urls) {
    this.projects = projects;
    this.json = json;
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.get("{org}/_apis/projects", this::list);
    org.get("{org}/_apis/projects/{projectId}", this::get);
    org.post("{org}/_apis/projects", this::create);
    org.get("{org}/_apis/operations/{operationId}", this::operation);
  }

  /**
   * Sorted by name. Since 6.1 ADO pages with {@code x-ms-continuationtoken} (returned while more
   * remain, passed back as {@code continuationToken}); {@code $top}/{@code $skip} work too.
   */
  private Response list(Request request) {
    Organization org = request.organization();
    String stateFilter =
        request.query().enumeration(CoreEnums.PROJECT_STATE, "stateFilter").orElse("wellFormed");
    List<Project> all =
        org.projects().stream()
            .filter(
                p -> stateFilter.equalsIgnoreCase("all") || p.state().equalsIgnoreCase(stateFilter))
            .sorted(Comparator.comparing(Project::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    int skip =
        request
            .query()
            .integer("continuationToken")
            .orElse(request.query().integer("$skip").orElse(0));
    int top = request.query().integer("$top").orElse(DEFAULT_TOP);
    List<ObjectNode> page =
        all.stream()
            .skip(Math.max(0, skip))
            .limit(Math.max(0, top))
            .map(p -> json.reference(org, p))
            .toList();
    Response response = Response.list(page);
    if (skip + top < all.size()) {
      response.header("x-ms-continuationtoken", Integer.toString(skip + top));
    }
    return response;
  }

  private Response get(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("projectId"));
    return Response.ok(json.full(org, project, request.query().bool("includeCapabilities", false)));
  }

  /**
   * ADO queues the creation (202 with an operation); the emulator creates at once, the operation
   * has succeeded.
   */
  private Response create(Request request) {
    Organization org = request.organization();
    JsonNode body = request.json();
    String process = body.at("/capabilities/processTemplate/templateTypeId").asString("");
    UUID processId = Ids.parse(process).orElse(null);
    projects.create(
        org,
        Json.text(body, "name", null),
        Json.text(body, "description", null),
        processId,
        Json.enumText(body, "visibility", CoreEnums.VISIBILITY, "private"));
    UUID operation = UUID.randomUUID();
    ObjectNode reference = Json.object();
    reference.put("id", operation.toString());
    reference.put("status", "queued");
    reference.put("url", operationUrl(org, operation));
    return Response.json(202, reference);
  }

  private Response operation(Request request) {
    Organization org = request.organization();
    String id = request.param("operationId");
    ObjectNode op = Json.object();
    op.put("id", id);
    op.put("status", "succeeded");
    op.put("url", urls.org(org) + "_apis/operations/" + id);
    op.putNull("resultMessage");
    op.putObject("_links").set("self", Json.href(urls.org(org) + "_apis/operations/" + id));
    return Response.ok(op);
  }

  private String operationUrl(Organization org, UUID id) {
    return urls.org(org) + "_apis/operations/" + id;
  }
}
