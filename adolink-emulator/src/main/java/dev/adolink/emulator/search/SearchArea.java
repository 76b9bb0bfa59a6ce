package dev.adolink.emulator.search;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.wit.Wit;
import dev.adolink.emulator.wit.WorkItemSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST [project/]_apis/search/workitemsearchresults} on the almsearch host. Results carry
 * lower-case field names with string values (as the search service returns them), {@code hits} with
 * highlights, and facets on request. Search was preview before 7.0: older versions need {@code
 * -preview}. An organization created with {@code search: false} does not have the route, as an
 * Azure DevOps Server without the Search extension: ADO's 404 for an unregistered resource.
 */
public final class SearchArea implements Area {

  /** ADO returns at most this many results per request ({@code infoCode} 8 when trimmed). */
  private static final int MAX_TOP = 1000;

  private static final List<String> RESULT_FIELDS =
      List.of(
          "System.Id",
          "System.WorkItemType",
          "System.Title",
          "System.AssignedTo",
          "System.State",
          "System.Tags",
          "System.Rev",
          "System.CreatedDate",
          "System.ChangedDate");

  private static final List<String> FACETS =
      List.of("System.TeamProject", "System.WorkItemType", "System.State", "System.AssignedTo");

  private final Wit wit;
  private final Urls urls;

  public SearchArea(Wit wit, Urls urls) {
    this.wit = wit;
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    routes
        .on(Host.ALMSEARCH)
        .post("{org}/{project?}/_apis/search/workitemsearchresults", this::search);
  }

  private Response search(Request request) {
    Organization org = request.organization();
    if (!org.settings().search()) {
      throw AdoException.routeNotFound(request.path());
    }
    if (!request.apiVersion().atLeast(7, 0) && !request.apiVersion().preview()) {
      throw AdoException.previewRequired(request.apiVersion());
    }
    Project project =
        request.param("project") == null
            ? null
            : ProjectService.find(org, request.param("project"));
    JsonNode body = request.json();
    String text = Json.text(body, "searchText", "");
    if (text.isBlank()) {
      throw AdoException.invalidArgument("The searchText of the request cannot be empty.");
    }
    int requested = Json.field(body, "$top").asInt(100);
    int top = Math.min(Math.max(requested, 0), MAX_TOP);
    int skip = Math.max(0, Json.field(body, "$skip").asInt(0));
    Map<String, List<String>> filters = filters(Json.field(body, "filters"));
    SearchQuery query = new SearchQuery(text);
    List<Match> matches = new ArrayList<>();
    for (WorkItemSnapshot item : wit.snapshot(org)) {
      if (project != null && !project.id().equals(item.projectId())) {
        continue;
      }
      List<SearchQuery.Hit> hits = query.hits(item);
      if (hits != null && SearchQuery.passes(item, filters)) {
        matches.add(new Match(item, hits));
      }
    }
    matches.sort(order(Json.field(body, "$orderBy")));
    ObjectNode answer = Json.object();
    answer.put("count", matches.size());
    ArrayNode results = answer.putArray("results");
    matches.stream().skip(skip).limit(top).forEach(m -> results.add(result(org, m)));
    answer.put("infoCode", requested > MAX_TOP ? 8 : 0);
    if (Json.field(body, "includeFacets").asBoolean(false)) {
      answer.set("facets", facets(matches));
    }
    return Response.ok(answer);
  }

  private record Match(WorkItemSnapshot item, List<SearchQuery.Hit> hits) {}

  private static Map<String, List<String>> filters(JsonNode node) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asString()));
                filters.put(e.getKey(), values);
              });
    }
    return filters;
  }

  /** {@code $orderBy} fields; none: by relevance (more hits first), then newest id. */
  private static Comparator<Match> order(JsonNode orderBy) {
    Comparator<Match> comparator = (a, b) -> 0;
    for (JsonNode sort : orderBy) {
      String field = Json.text(sort, "field", "system.id");
      boolean descending = Json.text(sort, "sortOrder", "ASC").equalsIgnoreCase("DESC");
      Comparator<Match> byField =
          field.equalsIgnoreCase("system.id")
              ? Comparator.comparingInt(m -> m.item().id())
              : Comparator.comparing(
                  m -> String.valueOf(SearchQuery.field(m.item(), field)).toLowerCase(Locale.ROOT));
      comparator = comparator.thenComparing(descending ? byField.reversed() : byField);
    }
    if (orderBy.isEmpty()) {
      comparator =
          Comparator.<Match>comparingInt(m -> m.hits().size())
              .reversed()
              .thenComparing(Comparator.<Match>comparingInt(m -> m.item().id()).reversed());
    }
    return comparator;
  }

  private ObjectNode result(Organization org, Match match) {
    WorkItemSnapshot item = match.item();
    ObjectNode result = Json.object();
    ObjectNode project = result.putObject("project");
    project.put("name", item.projectName());
    project.put("id", item.projectId().toString());
    ObjectNode fields = result.putObject("fields");
    for (String field : RESULT_FIELDS) {
      String value = field.equals("System.Id") ? String.valueOf(item.id()) : item.field(field);
      if (value != null) {
        fields.put(field.toLowerCase(Locale.ROOT), value);
      }
    }
    ArrayNode hits = result.putArray("hits");
    for (SearchQuery.Hit hit : match.hits()) {
      ObjectNode h = hits.addObject();
      h.put("fieldReferenceName", hit.field());
      ArrayNode highlights = h.putArray("highlights");
      hit.highlights().forEach(highlights::add);
    }
    result.put("url", urls.org(org) + "_apis/wit/workItems/" + item.id());
    return result;
  }

  private static ObjectNode facets(List<Match> matches) {
    ObjectNode facets = Json.object();
    for (String facet : FACETS) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Match m : matches) {
        String value =
            facet.equals("System.TeamProject") ? m.item().projectName() : m.item().field(facet);
        if (value != null) {
          counts.merge(value, 1, Integer::sum);
        }
      }
      ArrayNode list = facets.putArray(facet);
      counts.forEach(
          (name, count) ->
              list.addObject().put("name", name).put("id", name).put("resultCount", count));
    }
    return facets;
  }
}
