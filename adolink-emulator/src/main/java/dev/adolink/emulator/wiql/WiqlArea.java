package dev.adolink.emulator.wiql;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.process.FieldDefinition;
import dev.adolink.emulator.process.ProcessCatalog;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.wit.LiveWorkItem;
import dev.adolink.emulator.wit.Wit;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST [project/[team/]]_apis/wit/wiql}: a flat query answering {@code {queryType, asOf,
 * columns, sortColumns, workItems: [{id, url}]}}; only ids come back, as in ADO. The project in the
 * URL binds {@code @project}; it does not filter by itself.
 */
public final class WiqlArea implements Area {

  /** ADO's limit on the number of work items one query may return. */
  private static final int MAX_RESULTS = 20_000;

  private final WiqlEngine engine;
  private final Wit wit;
  private final Clock clock;

  public WiqlArea(ProcessCatalog processes, Wit wit, Clock clock) {
    this.engine = new WiqlEngine(processes);
    this.wit = wit;
    this.clock = clock;
  }

  @Override
  public void register(Routes routes) {
    routes.on(Host.ORG).post("{org}/{project?}/{team?}/_apis/wit/wiql", this::query);
  }

  private Response query(Request request) {
    Organization org = request.organization();
    Project project =
        request.param("project") == null
            ? null
            : ProjectService.find(org, request.param("project"));
    Wiql.Query query = Wiql.parse(Json.text(request.json(), "query", null));
    engine.check(query);
    int top = request.query().integer("$top").orElse(MAX_RESULTS);
    Instant now = clock.instant();
    WiqlEngine.Context context = new WiqlEngine.Context(project, request.principal().user(), now);
    List<LiveWorkItem> found =
        wit.live(org).stream()
            .filter(w -> engine.matches(query.where(), w, context))
            .sorted(engine.ordering(query.orderBy()))
            .toList();
    if (found.size() > MAX_RESULTS && top >= MAX_RESULTS) {
      throw Wiql.argument(
          "VS402337: The number of work items returned exceeds the size limit of "
              + MAX_RESULTS
              + ". Change the query to return fewer items.");
    }
    ObjectNode result = Json.object();
    result.put("queryType", "flat");
    result.put("queryResultType", "workItem");
    result.put("asOf", Json.date(now));
    ArrayNode columns = result.putArray("columns");
    query.columns().forEach(c -> columns.add(column(org, engine.field(c))));
    if (!query.orderBy().isEmpty()) {
      ArrayNode sorts = result.putArray("sortColumns");
      for (Wiql.Sort sort : query.orderBy()) {
        ObjectNode s = sorts.addObject();
        s.set("field", column(org, engine.field(sort.field())));
        s.put("descending", sort.descending());
      }
    }
    ArrayNode items = result.putArray("workItems");
    found.stream()
        .limit(Math.max(0, top))
        .forEach(w -> items.addObject().put("id", w.id()).put("url", wit.workItemUrl(org, w.id())));
    return Response.ok(result);
  }

  private ObjectNode column(Organization org, FieldDefinition field) {
    ObjectNode json = Json.object();
    json.put("referenceName", field.referenceName());
    json.put("name", field.name());
    json.put("url", wit.fieldUrl(org, field.referenceName()));
    return json;
  }
}
