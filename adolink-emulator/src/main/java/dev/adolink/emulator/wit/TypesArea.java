package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.process.Category;
import dev.adolink.emulator.process.FieldDefinition;
import dev.adolink.emulator.process.ProcessTemplate;
import dev.adolink.emulator.process.TypeField;
import dev.adolink.emulator.process.WorkItemTypeDefinition;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;

/**
 * The process model as the WIT API shows it: {@code workitemtypes} (with fields and states), {@code
 * workitemtypecategories}, and the organization's {@code fields}.
 */
final class TypesArea implements Area {

  private final WorkItems workItems;
  private final TypeJson json;

  TypesArea(WorkItems workItems, TypeJson json) {
    this.workItems = workItems;
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    String types = "{org}/{project}/_apis/wit/workitemtypes";
    org.get(types, this::types);
    org.get(types + "/{type}", this::type);
    org.get(types + "/{type}/fields", this::typeFields);
    org.get(types + "/{type}/fields/{field}", this::typeField);
    org.get(types + "/{type}/states", this::states);
    org.get("{org}/{project}/_apis/wit/workitemtypecategories", this::categories);
    org.get("{org}/{project}/_apis/wit/workitemtypecategories/{category}", this::category);
    org.get("{org}/{project?}/_apis/wit/fields", this::fields);
    org.get("{org}/{project?}/_apis/wit/fields/{field}", this::field);
  }

  private static Project project(Request request) {
    return ProjectService.find(request.organization(), request.param("project"));
  }

  private WorkItemTypeDefinition type(Request request, Project project) {
    return workItems.type(project, request.param("type"));
  }

  private Response types(Request request) {
    Project project = project(request);
    Organization org = request.organization();
    return Response.list(
        workItems.process(project).types().stream()
            .map(t -> json.type(org, project, t, false))
            .toList());
  }

  private Response type(Request request) {
    Project project = project(request);
    return Response.ok(json.type(request.organization(), project, type(request, project), true));
  }

  private Response typeFields(Request request) {
    Project project = project(request);
    WorkItemTypeDefinition type = type(request, project);
    String expand =
        request.query().enumeration(WitEnums.TYPE_FIELDS_EXPAND, "$expand").orElse("none");
    Organization org = request.organization();
    return Response.list(
        type.fields().stream()
            .map(
                f ->
                    json.typeField(
                        org,
                        type,
                        f,
                        expand.equals("all") || expand.equals("allowedValues"),
                        expand.equals("all") || expand.equals("dependentFields"),
                        org.members()))
            .toList());
  }

  private Response typeField(Request request) {
    Project project = project(request);
    WorkItemTypeDefinition type = type(request, project);
    TypeField field =
        type.field(request.param("field"))
            .orElseThrow(() -> WitErrors.fieldNotFound(request.param("field")));
    String expand =
        request.query().enumeration(WitEnums.TYPE_FIELDS_EXPAND, "$expand").orElse("none");
    Organization org = request.organization();
    return Response.ok(
        json.typeField(
            org,
            type,
            field,
            expand.equals("all") || expand.equals("allowedValues"),
            expand.equals("all") || expand.equals("dependentFields"),
            org.members()));
  }

  /**
   * A type the project's process does not have has no states: an empty list, not a 404 (Sentry
   * tries Bug, then Issue, then Task until one has states, which relies on this).
   */
  private Response states(Request request) {
    Project project = project(request);
    tools.jackson.databind.node.ArrayNode states =
        workItems
            .process(project)
            .type(request.param("type"))
            .map(json::states)
            .orElseGet(Json::array);
    tools.jackson.databind.node.ObjectNode list = Json.object();
    list.put("count", states.size());
    list.set("value", states);
    return Response.ok(list);
  }

  private Response categories(Request request) {
    Project project = project(request);
    Organization org = request.organization();
    return Response.list(
        workItems.process(project).categories().stream()
            .map(c -> json.category(org, project, c))
            .toList());
  }

  private Response category(Request request) {
    Project project = project(request);
    ProcessTemplate process = workItems.process(project);
    String name = request.param("category");
    Category category =
        process
            .category(name)
            .orElseThrow(
                () ->
                    new AdoException(
                        404,
                        "Microsoft.TeamFoundation.WorkItemTracking.Server."
                            + "WorkItemTypeCategoryNotFoundException,"
                            + " Microsoft.TeamFoundation.WorkItemTracking.Server",
                        "VS402325: Work item type category "
                            + name
                            + " does not exist in project "
                            + project.id()
                            + ".",
                        WitErrors.EVENT_ID));
    return Response.ok(json.category(request.organization(), project, category));
  }

  private Response fields(Request request) {
    Organization org = request.organization();
    return Response.list(
        workItems.catalog().fields().stream().map(f -> json.field(org, f)).toList());
  }

  private Response field(Request request) {
    String name = request.param("field");
    FieldDefinition field =
        workItems
            .catalog()
            .field(name)
            .or(
                () ->
                    workItems.catalog().fields().stream()
                        .filter(f -> f.name().equalsIgnoreCase(name))
                        .findFirst())
            .orElseThrow(() -> WitErrors.fieldNotFound(name));
    return Response.ok(json.field(request.organization(), field));
  }
}
