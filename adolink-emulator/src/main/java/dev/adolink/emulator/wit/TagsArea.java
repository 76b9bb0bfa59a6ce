package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.time.Clock;
import tools.jackson.databind.node.ObjectNode;

/** {@code _apis/wit/tags}: the tags used on a project's work items. */
final class TagsArea implements Area {

  private final WitUrls urls;

  private final Clock clock;

  TagsArea(WitUrls urls, Clock clock) {
    this.urls = urls;
    this.clock = clock;
  }

  @Override
  public void register(Routes routes) {
    routes.on(Host.ORG).get("{org}/{project}/_apis/wit/tags", this::list);
    routes.on(Host.ORG).get("{org}/{project}/_apis/wit/tags/{tag}", this::get);
    routes.on(Host.ORG).patch("{org}/{project}/_apis/wit/tags/{tag}", this::rename);
    routes.on(Host.ORG).delete("{org}/{project}/_apis/wit/tags/{tag}", this::delete);
  }

  /** Body {@code {name}}: the tag keeps its id under the new name. */
  private Response rename(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("project"));
    String name = Json.text(request.json(), "name", "").trim();
    if (name.isEmpty()) {
      throw WitErrors.argument("The tag name cannot be empty.");
    }
    return Response.ok(
        org.write(
            () -> {
              WitState state = WitState.of(org);
              WitState.Tag tag = find(state, project, request.param("tag"));
              return json(
                  org, project, state.renameTag(project.id(), tag, name, clock.instant()).get());
            }));
  }

  private Response delete(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("project"));
    org.write(
        () -> {
          WitState state = WitState.of(org);
          state.deleteTag(project.id(), find(state, project, request.param("tag")));
        });
    return Response.noContent();
  }

  private Response list(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("project"));
    return Response.list(
        org.read(
            () ->
                WitState.of(org).tags(project.id()).stream()
                    .map(t -> json(org, project, t))
                    .toList()));
  }

  private Response get(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("project"));
    return Response.ok(
        org.read(() -> json(org, project, find(WitState.of(org), project, request.param("tag")))));
  }

  private static WitState.Tag find(WitState state, Project project, String wanted) {
    return state.tags(project.id()).stream()
        .filter(t -> t.name().equalsIgnoreCase(wanted) || t.id().toString().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new AdoException(
                    404,
                    "Microsoft.Azure.Devops.Tags.Server.TagNotFoundException,"
                        + " Microsoft.Azure.Devops.Tags.Server",
                    "TF400497: The tag '" + wanted + "' does not exist.",
                    WitErrors.EVENT_ID));
  }

  private ObjectNode json(Organization org, Project project, WitState.Tag tag) {
    ObjectNode json = Json.object();
    json.put("id", tag.id().toString());
    json.put("name", tag.name());
    json.put("url", urls.org(org) + project.id() + "/_apis/wit/tags/" + tag.id());
    json.put("lastUpdated", Json.date(tag.lastUpdated()));
    return json;
  }
}
