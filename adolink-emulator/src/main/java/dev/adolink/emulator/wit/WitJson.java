package dev.adolink.emulator.wit;

import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.identity.IdentityJson;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Work items, revisions and updates as ADO writes them ({@code WorkItem}, {@code WorkItemUpdate}),
 * for REST answers and service hook payloads alike.
 */
final class WitJson {

  private final WitUrls urls;
  private final IdentityJson identities;

  WitJson(WitUrls urls, IdentityJson identities) {
    this.urls = urls;
    this.identities = identities;
  }

  WitUrls urls() {
    return urls;
  }

  IdentityJson identities() {
    return identities;
  }

  /** A work item at a revision: {@code {id, rev, fields, relations?, _links?, url}}. */
  ObjectNode workItem(
      Organization org, int id, UUID projectId, Revision revision, Instant revisedDate, View view) {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.put("rev", revision.rev());
    json.set("fields", fields(org, revision, revisedDate, view));
    if (view.relations() && !revision.relations().isEmpty()) {
      json.set("relations", relations(revision.relations()));
    }
    if (view.links()) {
      String type = revision.text(Fields.WORK_ITEM_TYPE);
      ObjectNode links = json.putObject("_links");
      String self = urls.workItem(org, id);
      links.set("self", Json.href(self));
      links.set("workItemUpdates", Json.href(self + "/updates"));
      links.set("workItemRevisions", Json.href(self + "/revisions"));
      links.set("workItemComments", Json.href(urls.comments(org, projectId, id)));
      links.set("workItemHistory", Json.href(self + "/history"));
      links.set("html", Json.href(urls.html(org, id)));
      links.set("workItemType", Json.href(urls.type(org, projectId, type)));
      links.set("fields", Json.href(urls.fields(org)));
    }
    json.put("url", urls.workItem(org, id));
    return json;
  }

  /** A revision ({@code …/revisions/{rev}}, {@code asOf}): its own url and links. */
  ObjectNode revision(Organization org, int id, Revision revision, Instant revisedDate, View view) {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.put("rev", revision.rev());
    json.set("fields", fields(org, revision, revisedDate, view));
    if (view.relations() && !revision.relations().isEmpty()) {
      json.set("relations", relations(revision.relations()));
    }
    String url = urls.revision(org, id, revision.rev());
    if (view.links()) {
      ObjectNode links = json.putObject("_links");
      links.set("self", Json.href(url));
      links.set("workItemRevisions", Json.href(urls.workItem(org, id) + "/revisions"));
      links.set("parent", Json.href(urls.workItem(org, id)));
    }
    json.put("url", url);
    return json;
  }

  /**
   * An update ({@code WorkItemUpdate}): {@code id} is the update's number (the revision), {@code
   * workItemId} the work item; {@code fields} holds {@code {oldValue, newValue}} per changed field.
   */
  ObjectNode update(
      Organization org,
      int workItemId,
      Revision revision,
      Instant revisedDate,
      boolean identityObjects,
      boolean links) {
    ObjectNode json = Json.object();
    json.put("id", revision.rev());
    json.put("workItemId", workItemId);
    json.put("rev", revision.rev());
    json.set(
        "revisedBy",
        identityObjects
            ? identities.ref(org, revision.changedBy())
            : withName(org, revision.changedBy()));
    json.put("revisedDate", revisedDate == null ? Fields.OPEN_ENDED : Json.date(revisedDate));
    ObjectNode fields = json.putObject("fields");
    for (Map.Entry<String, Change> e : revision.changes().entrySet()) {
      ObjectNode change = fields.putObject(e.getKey());
      if (e.getValue().oldValue() != null) {
        change.set("oldValue", value(org, e.getValue().oldValue(), identityObjects));
      }
      if (e.getValue().newValue() != null) {
        change.set("newValue", value(org, e.getValue().newValue(), identityObjects));
      }
    }
    RelationChanges relationChanges = revision.relationChanges();
    if (!relationChanges.isEmpty()) {
      ObjectNode relations = json.putObject("relations");
      putRelations(relations, "added", relationChanges.added());
      putRelations(relations, "removed", relationChanges.removed());
      putRelations(relations, "updated", relationChanges.updated());
    }
    String url = urls.update(org, workItemId, revision.rev());
    if (links) {
      ObjectNode linkNode = json.putObject("_links");
      linkNode.set("self", Json.href(url));
      linkNode.set("workItemUpdates", Json.href(urls.workItem(org, workItemId) + "/updates"));
      linkNode.set("parent", Json.href(urls.workItem(org, workItemId)));
    }
    json.put("url", url);
    return json;
  }

  /** The webhook form of {@code revisedBy}: the IdentityRef plus {@code name: "Name <email>"}. */
  private ObjectNode withName(Organization org, User user) {
    ObjectNode json = identities.ref(org, user);
    json.put("name", user.nameWithEmail());
    return json;
  }

  private void putRelations(ObjectNode parent, String name, List<Relation> relations) {
    if (!relations.isEmpty()) {
      parent.set(name, relations(relations));
    }
  }

  ArrayNode relations(List<Relation> relations) {
    ArrayNode array = Json.array();
    for (Relation relation : relations) {
      ObjectNode json = array.addObject();
      json.put("rel", relation.rel());
      json.put("url", relation.url());
      json.set("attributes", relation.attributes());
    }
    return array;
  }

  /** The {@code fields} object: ADO's order, extended fields only when asked for. */
  ObjectNode fields(Organization org, Revision revision, Instant revisedDate, View view) {
    Map<String, Object> values = new java.util.LinkedHashMap<>(revision.fields());
    values.put(Fields.REVISED_DATE, revisedDate == null ? Fields.OPEN_ENDED : (Object) revisedDate);
    Set<String> keys = new LinkedHashSet<>();
    Fields.ORDER.stream().filter(values::containsKey).forEach(keys::add);
    keys.addAll(values.keySet());
    ObjectNode json = Json.object();
    for (String key : select(keys, view)) {
      json.set(key, value(org, values.get(key), view.identityObjects()));
    }
    return json;
  }

  private static List<String> select(Set<String> keys, View view) {
    List<String> selected = new ArrayList<>();
    if (view.only() != null) {
      for (String wanted : view.only()) {
        keys.stream().filter(wanted::equalsIgnoreCase).findFirst().ifPresent(selected::add);
      }
      return selected;
    }
    for (String key : keys) {
      if (view.allFields() || !Fields.extended(key)) {
        selected.add(key);
      }
    }
    return selected;
  }

  /** A field value: identities as IdentityRef objects or {@code Name <email>} strings. */
  JsonNode value(Organization org, Object value, boolean identityObjects) {
    if (value instanceof User user) {
      return identityObjects
          ? identities.ref(org, user)
          : Json.MAPPER.getNodeFactory().stringNode(user.nameWithEmail());
    }
    return FieldValues.json(value);
  }
}
