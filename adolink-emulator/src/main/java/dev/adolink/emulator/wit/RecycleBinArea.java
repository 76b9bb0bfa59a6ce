package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code _apis/wit/recyclebin}: deleted work items, restore ({@code isDeleted: false}), destroy.
 */
final class RecycleBinArea implements Area {

  private final RecycleBin recycleBin;
  private final WitJson json;

  RecycleBinArea(RecycleBin recycleBin, WitJson json) {
    this.recycleBin = recycleBin;
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.get("{org}/{project?}/_apis/wit/recyclebin", this::list);
    org.get("{org}/{project?}/_apis/wit/recyclebin/{id}", this::get);
    org.patch("{org}/{project?}/_apis/wit/recyclebin/{id}", this::restore);
    org.delete("{org}/{project?}/_apis/wit/recyclebin/{id}", this::destroy);
  }

  private Response list(Request request) {
    Organization org = request.organization();
    String project = request.param("project");
    List<Integer> ids = request.query().get("ids").map(WitRequests::ids).orElse(null);
    return Response.list(
        org.read(
            () ->
                WitState.of(org).items.values().stream()
                    .filter(WorkItem::deleted)
                    .filter(w -> ids == null || ids.contains(w.id))
                    .filter(
                        w ->
                            project == null
                                || org.project(project)
                                    .map(p -> p.id().equals(w.projectId))
                                    .orElse(false))
                    .map(w -> ids == null ? shallow(org, w) : reference(json, org, w, 200))
                    .toList()));
  }

  private ObjectNode shallow(Organization org, WorkItem item) {
    ObjectNode ref = Json.object();
    ref.put("id", item.id);
    ref.put("url", json.urls().recycleBin(org, item.id));
    return ref;
  }

  private Response get(Request request) {
    Organization org = request.organization();
    int id = WitRequests.id(request, "id");
    return Response.ok(org.read(() -> deleted(json, org, RecycleBin.deleted(org, id), 200)));
  }

  private Response restore(Request request) {
    JsonNode body = request.json();
    if (Json.field(body, "isDeleted").asBoolean(true)) {
      throw WitErrors.argument(
          "VS402797: To restore a work item, the request body must be {\"isDeleted\": false}.");
    }
    Organization org = request.organization();
    int id = WitRequests.id(request, "id");
    ObjectNode restored = org.read(() -> deleted(json, org, RecycleBin.deleted(org, id), 200));
    recycleBin.restore(org, request.principal().user(), id);
    restored.put("url", json.urls().workItem(org, id));
    return Response.ok(restored);
  }

  private Response destroy(Request request) {
    Organization org = request.organization();
    int id = WitRequests.id(request, "id");
    org.read(() -> RecycleBin.deleted(org, id));
    recycleBin.delete(org, request.principal().user(), id, true);
    return Response.noContent();
  }

  /** {@code WorkItemDeleteReference}: {@code {id, code, type, name, project, deletedDate, ...}}. */
  static ObjectNode reference(WitJson json, Organization org, WorkItem item, int code) {
    ObjectNode ref = Json.object();
    ref.put("id", item.id);
    ref.put("code", code);
    ref.put("type", item.type());
    ref.put("name", item.title());
    ref.put("project", item.current().text(Fields.TEAM_PROJECT));
    if (item.deletedDate != null) {
      ref.put("deletedDate", Json.date(item.deletedDate));
      ref.put("deletedBy", item.deletedBy.nameWithEmail());
    }
    ref.put("url", json.urls().recycleBin(org, item.id));
    return ref;
  }

  /** {@code WorkItemDelete}: the reference plus the work item as {@code resource}. */
  static ObjectNode deleted(WitJson json, Organization org, WorkItem item, int code) {
    ObjectNode deleted = reference(json, org, item, code);
    deleted.set(
        "resource",
        json.workItem(
            org,
            item.id,
            item.projectId,
            item.current(),
            null,
            new View(true, false, null, true, true)));
    return deleted;
  }
}
