package dev.adolink.emulator.process;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Ids;
import dev.adolink.emulator.store.Organization;
import tools.jackson.databind.node.ObjectNode;

/** {@code _apis/process/processes}: the system processes a project can be created with. */
public final class ProcessesArea implements Area {

  private final ProcessCatalog catalog;
  private final Urls urls;

  public ProcessesArea(ProcessCatalog catalog, Urls urls) {
    this.catalog = catalog;
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    routes.on(Host.ORG).get("{org}/_apis/process/processes", this::list);
    routes.on(Host.ORG).get("{org}/_apis/process/processes/{processId}", this::get);
  }

  private Response list(Request request) {
    return Response.list(catalog.all().stream().map(p -> json(request.organization(), p)).toList());
  }

  private Response get(Request request) {
    String id = request.param("processId");
    ProcessTemplate process =
        Ids.parse(id)
            .flatMap(catalog::byId)
            .orElseThrow(
                () ->
                    new AdoException(
                        404,
                        "Microsoft.TeamFoundation.Core.WebApi.ProcessNotFoundException,"
                            + " Microsoft.TeamFoundation.Core.WebApi",
                        "VS402362: The process with id '" + id + "' does not exist.",
                        3000));
    return Response.ok(json(request.organization(), process));
  }

  private ObjectNode json(Organization org, ProcessTemplate process) {
    String url = urls.org(org) + "_apis/process/processes/" + process.id();
    ObjectNode json = Json.object();
    json.put("id", process.id().toString());
    json.put("description", process.description());
    json.put("isDefault", process.isDefault());
    json.put("type", "system");
    json.put("url", url);
    json.put("name", process.name());
    json.putObject("_links").set("self", Json.href(url));
    return json;
  }
}
