package dev.adolink.emulator.wit;

import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.process.Category;
import dev.adolink.emulator.process.FieldDefinition;
import dev.adolink.emulator.process.TypeField;
import dev.adolink.emulator.process.WorkItemState;
import dev.adolink.emulator.process.WorkItemTypeDefinition;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.store.User;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Work item types, their fields and states, categories and fields as ADO writes them. */
final class TypeJson {

  private final WitUrls urls;

  TypeJson(WitUrls urls) {
    this.urls = urls;
  }

  /**
   * {@code WorkItemType}: name, reference name, color, icon, fields, states and transitions (the
   * system processes let every state move to every other; a new item starts in the first).
   */
  ObjectNode type(Organization org, Project project, WorkItemTypeDefinition type, boolean links) {
    ObjectNode json = Json.object();
    json.put("name", type.name());
    json.put("referenceName", type.referenceName());
    json.put("description", type.description());
    json.put("color", type.color());
    ObjectNode icon = json.putObject("icon");
    icon.put("id", type.icon());
    icon.put(
        "url",
        urls.org(org)
            + "_apis/wit/workItemIcons/"
            + type.icon()
            + "?color="
            + type.color()
            + "&v=2");
    json.put("isDisabled", type.disabled());
    json.put(
        "xmlForm",
        "<FORM><Layout HideReadOnlyEmptyFields=\"true\" HideControlBorders=\"true\" /></FORM>");
    ArrayNode fields = json.putArray("fields");
    ArrayNode instances = json.putArray("fieldInstances");
    for (TypeField field : type.fields()) {
      ObjectNode f = Json.object();
      if (field.field().description() != null) {
        f.put("helpText", field.field().description());
      }
      f.put("alwaysRequired", field.required());
      f.put("referenceName", field.referenceName());
      f.put("name", field.field().name());
      f.put("url", urls.field(org, field.referenceName()));
      fields.add(f);
      instances.add(f.deepCopy());
    }
    ObjectNode transitions = json.putObject("transitions");
    for (WorkItemState from : type.states()) {
      ArrayNode to = transitions.putArray(from.name());
      to.addObject().put("to", from.name()).putNull("actions");
      type.states().stream()
          .filter(s -> !s.equals(from))
          .forEach(s -> to.addObject().put("to", s.name()).putNull("actions"));
    }
    transitions.putArray("").addObject().put("to", type.initialState().name()).putNull("actions");
    json.set("states", states(type));
    String url = urls.type(org, project.id(), type.name());
    if (links) {
      json.putObject("_links").set("self", Json.href(url));
    }
    json.put("url", url);
    return json;
  }

  ArrayNode states(WorkItemTypeDefinition type) {
    ArrayNode states = Json.array();
    for (WorkItemState state : type.states()) {
      ObjectNode s = states.addObject();
      s.put("name", state.name());
      s.put("color", state.color());
      s.put("category", state.category().wireName());
    }
    return states;
  }

  /**
   * {@code WorkItemTypeFieldWithReferences}; {@code $expand=allowedValues} lists the values (the
   * states for {@code System.State}, the members for identity fields).
   */
  /** Fields whose value follows another's: a path and its id (the spec's example). */
  private static final Map<String, String> DEPENDENT =
      Map.of(
          Fields.AREA_PATH,
          "System.AreaId",
          "System.AreaId",
          Fields.AREA_PATH,
          Fields.ITERATION_PATH,
          "System.IterationId",
          "System.IterationId",
          Fields.ITERATION_PATH);

  ObjectNode typeField(
      Organization org,
      WorkItemTypeDefinition type,
      TypeField field,
      boolean allowedValues,
      boolean dependentFields,
      List<User> members) {
    ObjectNode json = Json.object();
    if (field.field().description() != null) {
      json.put("helpText", field.field().description());
    }
    json.put("alwaysRequired", field.required());
    if (field.defaultValue() == null) {
      json.putNull("defaultValue");
    } else {
      json.put("defaultValue", field.defaultValue());
    }
    if (allowedValues) {
      ArrayNode values = json.putArray("allowedValues");
      if (field.referenceName().equals(Fields.STATE)) {
        type.states().forEach(s -> values.add(s.name()));
      } else if (field.field().isIdentity()) {
        for (User user : members) {
          ObjectNode identity = values.addObject();
          identity.put("displayName", user.displayName());
          identity.put("id", user.id().toString());
          identity.put("uniqueName", user.email());
          identity.put("descriptor", user.descriptor());
        }
      } else {
        field.allowedValues().forEach(values::add);
      }
    }
    if (dependentFields) {
      ArrayNode dependent = json.putArray("dependentFields");
      String other = DEPENDENT.get(field.referenceName());
      if (other != null) {
        type.field(other)
            .ifPresent(
                f ->
                    dependent
                        .addObject()
                        .put("referenceName", f.referenceName())
                        .put("name", f.field().name())
                        .put("url", urls.field(org, f.referenceName())));
      }
    }
    json.put("referenceName", field.referenceName());
    json.put("name", field.field().name());
    json.put("url", urls.field(org, field.referenceName()));
    return json;
  }

  /** {@code WorkItemField} of {@code _apis/wit/fields}. */
  ObjectNode field(Organization org, FieldDefinition field) {
    ObjectNode json = Json.object();
    json.put("name", field.name());
    json.put("referenceName", field.referenceName());
    if (field.description() != null) {
      json.put("description", field.description());
    }
    json.put("type", field.isIdentity() ? "string" : field.type());
    json.put("usage", "workItem");
    json.put("readOnly", field.readOnly());
    json.put("canSortBy", !field.type().equals("history") && !field.type().equals("html"));
    json.put("isQueryable", true);
    ArrayNode operations = json.putArray("supportedOperations");
    for (String[] op :
        new String[][] {
          {"SupportedOperations.Equals", "="},
          {"SupportedOperations.NotEquals", "<>"},
          {"SupportedOperations.In", "In"}
        }) {
      operations.addObject().put("referenceName", op[0]).put("name", op[1]);
    }
    json.put("isIdentity", field.isIdentity());
    json.put("isPicklist", !field.allowedValues().isEmpty());
    json.put("isPicklistSuggested", false);
    json.put("url", urls.field(org, field.referenceName()));
    return json;
  }

  /** {@code WorkItemTypeCategory}. */
  ObjectNode category(Organization org, Project project, Category category) {
    ObjectNode json = Json.object();
    json.put("name", category.name());
    json.put("referenceName", category.referenceName());
    json.set("defaultWorkItemType", typeReference(org, project, category.defaultType()));
    ArrayNode types = json.putArray("workItemTypes");
    category.types().forEach(t -> types.add(typeReference(org, project, t)));
    json.put(
        "url",
        urls.org(org)
            + project.id()
            + "/_apis/wit/workItemTypeCategories/"
            + Urls.segment(category.referenceName()));
    return json;
  }

  private ObjectNode typeReference(Organization org, Project project, String type) {
    ObjectNode json = Json.object();
    json.put("name", type);
    json.put("url", urls.type(org, project.id(), type));
    return json;
  }
}
