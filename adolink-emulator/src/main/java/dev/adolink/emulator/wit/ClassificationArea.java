package dev.adolink.emulator.wit;

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
import dev.adolink.emulator.wit.ClassificationNode.Group;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code _apis/wit/classificationnodes}: the area and iteration trees of a project ({@code $depth},
 * by path or by ids) and creating nodes under a parent.
 */
final class ClassificationArea implements Area {

  private final WorkItems workItems;
  private final WitUrls urls;

  ClassificationArea(WorkItems workItems, WitUrls urls) {
    this.workItems = workItems;
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    String base = "{org}/{project}/_apis/wit/classificationnodes";
    org.get(base, this::roots);
    org.get(base + "/{group}/{*path}", this::get);
    org.post(base + "/{group}/{*path}", this::create);
  }

  private Classification trees(Organization org, Project project) {
    return WitState.of(org).classification(project, workItems.process(project).name());
  }

  private Response roots(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("project"));
    int depth = depth(request);
    List<Integer> ids = request.query().get("ids").map(WitRequests::ids).orElse(null);
    boolean omit =
        request
            .query()
            .enumeration(WitEnums.NODES_ERROR_POLICY, "errorPolicy")
            .orElse("fail")
            .equals("omit");
    return Response.list(
        org.write(
            () -> {
              Classification trees = trees(org, project);
              List<JsonNode> nodes = new ArrayList<>();
              if (ids == null) {
                for (Group group : Group.values()) {
                  nodes.add(node(org, project, trees.root(group), depth));
                }
              } else {
                for (int id : ids) {
                  Optional<ClassificationNode> found = trees.byId(id);
                  if (found.isEmpty() && !omit) {
                    throw WitErrors.nodeNotFound("" + id);
                  }
                  nodes.add(
                      found
                          .<JsonNode>map(n -> node(org, project, n, depth))
                          .orElse(NullNode.getInstance()));
                }
              }
              return nodes;
            }));
  }

  private Response get(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("project"));
    Group group = group(request);
    String path = request.param("path");
    int depth = depth(request);
    return Response.ok(
        org.write(
            () ->
                node(
                    org,
                    project,
                    trees(org, project)
                        .relative(group, path)
                        .orElseThrow(() -> WitErrors.nodeNotFound(path)),
                    depth)));
  }

  private Response create(Request request) {
    Organization org = request.organization();
    Project project = ProjectService.find(org, request.param("project"));
    Group group = group(request);
    String path = request.param("path");
    JsonNode body = request.json();
    String name = Json.text(body, "name", null);
    if (name == null || name.isBlank()) {
      throw WitErrors.argument("VS402329: The name of a classification node cannot be empty.");
    }
    Instant start = date(Json.field(body, "attributes"), "startDate");
    Instant finish = date(Json.field(body, "attributes"), "finishDate");
    ObjectNode created =
        org.write(
            () -> {
              Classification trees = trees(org, project);
              ClassificationNode parent =
                  trees.relative(group, path).orElseThrow(() -> WitErrors.nodeNotFound(path));
              return node(org, project, trees.add(parent, name.trim(), start, finish), 0);
            });
    return Response.json(201, created);
  }

  private static Instant date(JsonNode attributes, String name) {
    String text = Json.text(attributes, name, null);
    return text == null ? null : FieldValues.parseDate(text);
  }

  private static Group group(Request request) {
    String text = request.param("group");
    if (text.matches("-?\\d+")) {
      text = request.enumParam("group", WitEnums.STRUCTURE_GROUP);
    }
    String name = text;
    return Group.of(name)
        .orElseThrow(
            () -> WitErrors.argument("VS402328: The structure group '" + name + "' is not valid."));
  }

  private static int depth(Request request) {
    return Math.max(0, request.query().integer("$depth").orElse(0));
  }

  private ObjectNode node(Organization org, Project project, ClassificationNode node, int depth) {
    ObjectNode json = Json.object();
    json.put("id", node.id);
    json.put("identifier", node.identifier.toString());
    json.put("name", node.name);
    json.put("structureType", node.group.structureType);
    json.put("hasChildren", !node.children.isEmpty());
    json.put("path", node.nodePath());
    if (node.startDate != null || node.finishDate != null) {
      ObjectNode attributes = json.putObject("attributes");
      if (node.startDate != null) {
        attributes.put("startDate", Json.date(node.startDate));
      }
      if (node.finishDate != null) {
        attributes.put("finishDate", Json.date(node.finishDate));
      }
    }
    if (depth > 0 && !node.children.isEmpty()) {
      ArrayNode children = json.putArray("children");
      node.children.forEach(c -> children.add(node(org, project, c, depth - 1)));
    }
    String url = url(org, project, node);
    ObjectNode links = json.putObject("_links");
    links.set("self", Json.href(url));
    if (node.parent != null) {
      links.set("parent", Json.href(url(org, project, node.parent)));
    }
    json.put("url", url);
    return json;
  }

  private String url(Organization org, Project project, ClassificationNode node) {
    StringBuilder url =
        new StringBuilder(urls.org(org))
            .append(project.id())
            .append("/_apis/wit/classificationNodes/")
            .append(node.group == Group.AREAS ? "Areas" : "Iterations");
    for (String name : node.relativeNames()) {
      url.append('/').append(Urls.segment(name));
    }
    return url.toString();
  }
}
