package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.ApiVersion;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.BadRequest;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.QueryString;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST _apis/wit/$batch}: many work item creates and updates in one request, each succeeding
 * or failing on its own. The answer is {@code {count, value: [{code, headers, body}]}} with {@code
 * body} a JSON <em>string</em>, as ADO sends it. A create may carry {@code /id} with a negative
 * temporary id that later entries use in URIs and link URLs.
 */
final class BatchArea implements Area {

  private static final int MAX_ENTRIES = 200;
  private static final Pattern UPDATE =
      Pattern.compile("(?i)^/?(?:[^/]+/)?_apis/wit/workitems/(-?\\d+)$");
  private static final Pattern CREATE =
      Pattern.compile("(?i)^/?([^/]+)/_apis/wit/workitems/\\$(.+)$");
  private static final Pattern TEMP_LINK = Pattern.compile("(?i)(/workitems/)(-\\d+)$");

  private final WorkItems workItems;
  private final RecycleBin recycleBin;
  private final WitJson json;

  BatchArea(WorkItems workItems, RecycleBin recycleBin, WitJson json) {
    this.workItems = workItems;
    this.recycleBin = recycleBin;
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.post("{org}/_apis/wit/$batch", this::batch);
    org.patch("{org}/_apis/wit/$batch", this::batch);
  }

  private Response batch(Request request) {
    JsonNode body = request.json();
    if (!body.isArray()) {
      throw WitErrors.argument("The batch request must be a JSON array.");
    }
    if (body.size() > MAX_ENTRIES) {
      throw WitErrors.argument(
          "VS402627: A batch request can contain at most " + MAX_ENTRIES + " requests.");
    }
    Map<Integer, Integer> tempIds = new HashMap<>();
    ArrayNode value = Json.array();
    for (JsonNode entry : body) {
      value.add(run(request, entry, tempIds));
    }
    ObjectNode answer = Json.object();
    answer.put("count", value.size());
    answer.set("value", value);
    return Response.ok(answer);
  }

  private ObjectNode run(Request request, JsonNode entry, Map<Integer, Integer> tempIds) {
    try {
      return answer(200, execute(request, entry, tempIds));
    } catch (AdoException e) {
      return answer(e.status(), e.body());
    } catch (BadRequest e) {
      AdoException invalid = AdoException.invalidArgument(e.getMessage());
      return answer(invalid.status(), invalid.body());
    }
  }

  private JsonNode execute(Request request, JsonNode entry, Map<Integer, Integer> tempIds) {
    Organization org = request.organization();
    User actor = request.principal().user();
    String method = Json.text(entry, "method", "PATCH").toUpperCase(java.util.Locale.ROOT);
    String uri = Json.text(entry, "uri", "");
    String path = path(org, uri);
    QueryString query =
        QueryString.parse(uri.contains("?") ? uri.substring(uri.indexOf('?') + 1) : "");
    WorkItems.SaveOptions options =
        new WorkItems.SaveOptions(
            query.bool("validateOnly", false),
            query.bool("bypassRules", false),
            query.bool("suppressNotifications", false));
    View view =
        new View(
            View.identityObjects(
                query.get("api-version").flatMap(ApiVersion::parse).orElse(request.apiVersion())),
            false,
            null,
            true,
            true);
    Matcher create = CREATE.matcher(path);
    Matcher update = UPDATE.matcher(path);
    if (create.matches() && (method.equals("PATCH") || method.equals("POST"))) {
      List<PatchOp> ops = PatchOp.parse(links(Json.get(entry, "body"), tempIds));
      Integer temp = tempId(ops);
      WorkItems.Saved saved =
          workItems.create(
              org,
              actor,
              decode(create.group(1)),
              decode(create.group(2)),
              ops.stream().filter(op -> op.target() != PatchOp.Target.ID).toList(),
              options);
      if (temp != null) {
        tempIds.put(temp, saved.id());
      }
      return rendered(org, saved, view);
    }
    if (update.matches()) {
      int id = real(Integer.parseInt(update.group(1)), tempIds);
      if (method.equals("DELETE")) {
        WorkItem item = recycleBin.delete(org, actor, id, query.bool("destroy", false));
        return org.read(() -> RecycleBinArea.deleted(json, org, item, 200));
      }
      if (method.equals("PATCH")) {
        return rendered(
            org,
            workItems.update(
                org, actor, id, PatchOp.parse(links(Json.get(entry, "body"), tempIds)), options),
            view);
      }
    }
    throw WitErrors.argument(
        "VS402626: The batch request '" + method + " " + uri + "' is not supported.");
  }

  private JsonNode rendered(Organization org, WorkItems.Saved saved, View view) {
    return json.workItem(org, saved.id(), saved.projectId(), saved.revision(), null, view);
  }

  /** The path of an entry's URI below the organization (absolute URLs and the org name dropped). */
  private static String path(Organization org, String uri) {
    String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
    path = path.replaceFirst("(?i)^https?://[^/]+", "");
    path = path.replaceFirst("^/+", "");
    if (path.regionMatches(true, 0, org.name() + "/", 0, org.name().length() + 1)) {
      path = path.substring(org.name().length() + 1);
    }
    return "/" + path;
  }

  private static Integer tempId(List<PatchOp> ops) {
    return ops.stream()
        .filter(op -> op.target() == PatchOp.Target.ID && op.value() != null)
        .map(op -> Integer.parseInt(op.value().asString().trim()))
        .filter(id -> id < 0)
        .findFirst()
        .orElse(null);
  }

  private static int real(int id, Map<Integer, Integer> tempIds) {
    return id < 0 ? tempIds.getOrDefault(id, id) : id;
  }

  /** Replaces temporary ids in relation URLs ({@code …/workItems/-1}) with the created ids. */
  private static JsonNode links(JsonNode body, Map<Integer, Integer> tempIds) {
    if (body == null || !body.isArray() || tempIds.isEmpty()) {
      return body;
    }
    JsonNode copy = body.deepCopy();
    for (JsonNode op : copy) {
      JsonNode value = Json.get(op, "value");
      if (value != null && value.isObject() && value.has("url")) {
        Matcher m = TEMP_LINK.matcher(value.get("url").asString());
        if (m.find()) {
          int real = real(Integer.parseInt(m.group(2)), tempIds);
          ((ObjectNode) value).put("url", m.replaceFirst("$1" + real));
        }
      }
    }
    return copy;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static ObjectNode answer(int code, JsonNode body) {
    ObjectNode answer = Json.object();
    answer.put("code", code);
    answer.putObject("headers").put("Content-Type", "application/json; charset=utf-8");
    answer.put("body", Json.MAPPER.writeValueAsString(body));
    return answer;
  }
}
