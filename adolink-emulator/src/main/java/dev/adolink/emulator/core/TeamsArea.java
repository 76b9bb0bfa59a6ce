package dev.adolink.emulator.core;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Teams ({@code WebApiTeam}): every project has its default team, {@code "<Project> Team"}, with
 * every member of the organization in it. Listed per project, across projects ({@code _apis/teams},
 * preview), and read by id or name.
 */
public final class TeamsArea implements Area {

  private final ProjectJson projects;
  private final Urls urls;

  public TeamsArea(ProjectJson projects, Urls urls) {
    this.projects = projects;
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.get("{org}/_apis/projects/{projectId}/teams", this::list);
    org.get("{org}/_apis/projects/{projectId}/teams/{teamId}", this::get);
    org.get("{org}/_apis/teams", this::all).preview();
  }

  private Response list(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("projectId"));
    return Response.list(page(request, List.of(team(org, project))));
  }

  private Response get(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("projectId"));
    String wanted = request.param("teamId");
    if (!wanted.equalsIgnoreCase(project.defaultTeamId().toString())
        && !wanted.equalsIgnoreCase(project.defaultTeamName())) {
      throw new AdoException(
          404,
          "Microsoft.TeamFoundation.Core.WebApi.TeamNotFoundException,"
              + " Microsoft.TeamFoundation.Core.WebApi",
          "The team with id '" + wanted + "' does not exist.",
          3000);
    }
    return Response.ok(team(org, project));
  }

  private Response all(Request request) {
    Organization org = request.organization();
    return Response.list(
        page(request, org.read(() -> org.projects().stream().map(p -> team(org, p)).toList())));
  }

  private static List<ObjectNode> page(Request request, List<ObjectNode> teams) {
    int skip = Math.max(0, request.query().integer("$skip").orElse(0));
    int top = Math.max(0, request.query().integer("$top").orElse(100));
    return teams.stream().skip(skip).limit(top).toList();
  }

  private ObjectNode team(Organization org, Project project) {
    ObjectNode json = Json.object();
    json.put("id", project.defaultTeamId().toString());
    json.put("name", project.defaultTeamName());
    json.put("url", projects.url(org, project) + "/teams/" + project.defaultTeamId());
    json.put("description", "The default project team.");
    json.put("identityUrl", urls.identity(org, project.defaultTeamId()));
    json.put("projectName", project.name());
    json.put("projectId", project.id().toString());
    return json;
  }
}
