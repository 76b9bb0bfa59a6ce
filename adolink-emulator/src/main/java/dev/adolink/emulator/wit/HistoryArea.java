package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code …/workItems/{id}/updates} and {@code …/revisions}: the update log and the work item at
 * each revision, paged with {@code $top} and {@code $skip}. Both are rendered from the same
 * revisions the {@code workitem.updated} payloads come from.
 */
final class HistoryArea implements Area {

  private final WitJson json;

  HistoryArea(WitJson json) {
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.get("{org}/{project?}/_apis/wit/workItems/{id}/updates", this::updates);
    org.get("{org}/{project?}/_apis/wit/workItems/{id}/updates/{number}", this::update);
    org.get("{org}/{project?}/_apis/wit/workItems/{id}/revisions", this::revisions);
    org.get("{org}/{project?}/_apis/wit/workItems/{id}/revisions/{number}", this::revision);
  }

  private Response updates(Request request) {
    Organization org = request.organization();
    boolean objects = View.identityObjects(request.apiVersion());
    return Response.list(
        org.read(
            () -> {
              WorkItem item = WitState.of(org).live(WitRequests.id(request, "id"));
              return page(request, item.revisions).stream()
                  .map(
                      r ->
                          json.update(
                              org, item.id, r, WorkItemsArea.revisedDate(item, r), objects, false))
                  .toList();
            }));
  }

  private Response update(Request request) {
    Organization org = request.organization();
    return Response.ok(
        org.read(
            () -> {
              WorkItem item = WitState.of(org).live(WitRequests.id(request, "id"));
              Revision revision = revision(request, item);
              return json.update(
                  org,
                  item.id,
                  revision,
                  WorkItemsArea.revisedDate(item, revision),
                  View.identityObjects(request.apiVersion()),
                  true);
            }));
  }

  private Response revisions(Request request) {
    Organization org = request.organization();
    View view =
        WitRequests.view(
            request,
            request.query().enumeration(WitEnums.EXPAND, "$expand").orElse(null),
            null,
            false);
    return Response.list(
        org.read(
            () -> {
              WorkItem item = WitState.of(org).live(WitRequests.id(request, "id"));
              return page(request, item.revisions).stream()
                  .map(r -> revisionJson(org, item, r, view))
                  .toList();
            }));
  }

  private Response revision(Request request) {
    Organization org = request.organization();
    View view =
        WitRequests.view(
            request,
            request.query().enumeration(WitEnums.EXPAND, "$expand").orElse(null),
            null,
            true);
    return Response.ok(
        org.read(
            () -> {
              WorkItem item = WitState.of(org).live(WitRequests.id(request, "id"));
              return revisionJson(org, item, revision(request, item), view);
            }));
  }

  private ObjectNode revisionJson(Organization org, WorkItem item, Revision revision, View view) {
    return json.revision(org, item.id, revision, WorkItemsArea.revisedDate(item, revision), view);
  }

  private static Revision revision(Request request, WorkItem item) {
    int number = WitRequests.id(request, "number");
    return item.revision(number)
        .orElseThrow(
            () ->
                WitErrors.argument(
                    "VS402619: Revision "
                        + number
                        + " of work item "
                        + item.id
                        + " does not exist."));
  }

  private static List<Revision> page(Request request, List<Revision> all) {
    int skip = Math.max(0, request.query().integer("$skip").orElse(0));
    int top = request.query().integer("$top").orElse(200);
    return all.stream().skip(skip).limit(Math.max(0, top)).toList();
  }
}
