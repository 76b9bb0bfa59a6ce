package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code _apis/wit/workitems}: get (with {@code $expand}, {@code fields}, {@code asOf}), list by
 * ids, {@code workitemsbatch}, create ({@code $Type}, POST or PATCH), update and delete.
 */
final class WorkItemsArea implements Area {

  private final WorkItems workItems;
  private final RecycleBin recycleBin;
  private final WitJson json;

  WorkItemsArea(WorkItems workItems, RecycleBin recycleBin, WitJson json) {
    this.workItems = workItems;
    this.recycleBin = recycleBin;
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.get("{org}/{project?}/_apis/wit/workitems/{id}", this::get);
    org.get("{org}/{project?}/_apis/wit/workitems", this::list);
    org.post("{org}/{project?}/_apis/wit/workitemsbatch", this::batch);
    org.post("{org}/{project}/_apis/wit/workitems/${type}", this::create);
    org.patch("{org}/{project}/_apis/wit/workitems/${type}", this::create);
    org.patch("{org}/{project?}/_apis/wit/workitems/{id}", this::update);
    org.delete("{org}/{project?}/_apis/wit/workitems/{id}", this::delete);
  }

  private Response get(Request request) {
    int id = WitRequests.id(request, "id");
    View view =
        WitRequests.view(
            request,
            request.query().enumeration(WitEnums.EXPAND, "$expand").orElse(null),
            request.query().get("fields").orElse(null),
            true);
    Optional<Instant> asOf = request.query().get("asOf").map(FieldValues::parseDate);
    Organization org = request.organization();
    return Response.ok(org.read(() -> render(org, live(request, id), view, asOf.orElse(null))));
  }

  private Response list(Request request) {
    String ids =
        request
            .query()
            .get("ids")
            .orElseThrow(() -> WitErrors.argument("Value cannot be null.\r\nParameter name: ids"));
    return Response.ok(
        many(
            request,
            WitRequests.ids(ids),
            request.query().enumeration(WitEnums.EXPAND, "$expand").orElse(null),
            request.query().get("fields").orElse(null),
            request.query().get("asOf").orElse(null),
            request.query().enumeration(WitEnums.ERROR_POLICY, "errorPolicy").orElse("fail")));
  }

  private Response batch(Request request) {
    JsonNode body = request.json();
    List<Integer> ids = new ArrayList<>();
    Json.field(body, "ids").forEach(id -> ids.add(id.asInt()));
    if (ids.isEmpty() || ids.size() > WitRequests.MAX_IDS) {
      WitRequests.ids(String.join(",", ids.stream().map(String::valueOf).toList()));
    }
    List<String> fields = new ArrayList<>();
    Json.field(body, "fields").forEach(f -> fields.add(f.asString()));
    return Response.ok(
        many(
            request,
            ids,
            Json.enumText(body, "$expand", WitEnums.EXPAND, null),
            fields.isEmpty() ? null : String.join(",", fields),
            Json.text(body, "asOf", null),
            Json.enumText(body, "errorPolicy", WitEnums.ERROR_POLICY, "fail")));
  }

  private ObjectNode many(
      Request request,
      List<Integer> ids,
      String expand,
      String fields,
      String asOf,
      String errorPolicy) {
    View view = WitRequests.view(request, expand, fields, false);
    Instant at = asOf == null || asOf.isBlank() ? null : FieldValues.parseDate(asOf);
    boolean omit = errorPolicy.equalsIgnoreCase("omit");
    Organization org = request.organization();
    return org.read(
        () -> {
          ArrayNode value = Json.array();
          for (int id : ids) {
            Optional<WorkItem> item =
                WitState.of(org)
                    .item(id)
                    .filter(w -> !w.deleted())
                    .filter(w -> inProject(request, w));
            if (item.isEmpty() && !omit) {
              throw WitErrors.notFound(id);
            }
            value.add(item.isEmpty() ? Json.MAPPER.nullNode() : render(org, item.get(), view, at));
          }
          ObjectNode list = Json.object();
          list.put("count", value.size());
          list.set("value", value);
          return list;
        });
  }

  private ObjectNode render(Organization org, WorkItem item, View view, Instant asOf) {
    if (asOf != null) {
      Revision revision = item.asOf(asOf).orElseThrow(() -> WitErrors.notFound(item.id));
      return json.revision(org, item.id, revision, revisedDate(item, revision), view);
    }
    return json.workItem(org, item.id, item.projectId, current(item), null, view);
  }

  /** The current revision, with the live comment count (deleting a comment makes no revision). */
  static Revision current(WorkItem item) {
    Revision revision = item.current();
    java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(revision.fields());
    fields.put(Fields.COMMENT_COUNT, item.visibleComments().size());
    return new Revision(
        revision.rev(),
        fields,
        revision.relations(),
        revision.changedBy(),
        revision.changedDate(),
        revision.changes(),
        revision.relationChanges());
  }

  static Instant revisedDate(WorkItem item, Revision revision) {
    return item.revision(revision.rev() + 1).map(Revision::changedDate).orElse(null);
  }

  private WorkItem live(Request request, int id) {
    WorkItem item = WitState.of(request.organization()).live(id);
    if (!inProject(request, item)) {
      throw WitErrors.notFound(id);
    }
    return item;
  }

  /** A project segment in the URL must be the work item's project. */
  private static boolean inProject(Request request, WorkItem item) {
    String project = request.param("project");
    return project == null
        || request
            .organization()
            .project(project)
            .map(p -> p.id().equals(item.projectId))
            .orElse(false);
  }

  private Response create(Request request) {
    WitRequests.requirePatchContent(request);
    WorkItems.Saved saved =
        workItems.create(
            request.organization(),
            request.principal().user(),
            request.param("project"),
            request.param("type"),
            PatchOp.parse(request.json()),
            WitRequests.saveOptions(request));
    return Response.ok(saved(request, saved));
  }

  private Response update(Request request) {
    WitRequests.requirePatchContent(request);
    int id = WitRequests.id(request, "id");
    request.organization().read(() -> live(request, id));
    WorkItems.Saved saved =
        workItems.update(
            request.organization(),
            request.principal().user(),
            id,
            PatchOp.parse(request.json()),
            WitRequests.saveOptions(request));
    return Response.ok(saved(request, saved));
  }

  private ObjectNode saved(Request request, WorkItems.Saved saved) {
    String expand = request.query().enumeration(WitEnums.EXPAND, "$expand").orElse("relations");
    View view =
        WitRequests.view(
            request, expand.equalsIgnoreCase("none") ? "relations" : expand, null, true);
    return json.workItem(
        request.organization(), saved.id(), saved.projectId(), saved.revision(), null, view);
  }

  private Response delete(Request request) {
    int id = WitRequests.id(request, "id");
    Organization org = request.organization();
    boolean destroy = request.query().bool("destroy", false);
    if (!destroy) {
      org.read(() -> live(request, id));
    }
    WorkItem item = recycleBin.delete(org, request.principal().user(), id, destroy);
    return destroy
        ? Response.noContent()
        : Response.ok(org.read(() -> RecycleBinArea.deleted(json, org, item, 200)));
  }
}
