package dev.adolink.emulator.wit;

import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.seed.Seeder;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The seed step of work items: a project's {@code areas} and {@code iterations} (paths below the
 * project), and {@code workItems}, each {@code {type, fields, by?, ref?, comments: [{text, by?}],
 * links: [{rel, url} | {rel, to: ref}], deleted?}}. A state other than the type's first is reached
 * by an update after the create, as in ADO; links are added once every item exists.
 */
final class WitSeed implements Seeder.ProjectStep {

  private final Wit wit;

  WitSeed(Wit wit) {
    this.wit = wit;
  }

  @Override
  public void apply(Organization org, Project project, JsonNode seed) {
    OrgWorkItems items = wit.in(org);
    seed.path("areas").forEach(a -> items.addArea(project.name(), a.asString()));
    seed.path("iterations").forEach(i -> items.addIteration(project.name(), i.asString()));
    Map<String, Integer> refs = new HashMap<>();
    Map<Integer, JsonNode> created = new LinkedHashMap<>();
    for (JsonNode w : seed.path("workItems")) {
      OrgWorkItems as = actor(items, w);
      Map<String, Object> fields = fields(w.path("fields"));
      Object state = fields.remove("System.State");
      int id = as.create(project.name(), Json.text(w, "type", "Task"), fields);
      if (state != null
          && !state.toString().equalsIgnoreCase(items.fields(id).get("System.State"))) {
        as.update(id, Map.of("System.State", state));
      }
      String ref = Json.text(w, "ref", null);
      if (ref != null) {
        refs.put(ref, id);
      }
      created.put(id, w);
    }
    created.forEach(
        (id, w) -> {
          for (JsonNode link : w.path("links")) {
            String to = Json.text(link, "to", null);
            String url =
                to == null
                    ? Json.text(link, "url", null)
                    : wit.workItemUrl(org, refs.computeIfAbsent(to, this::unknownRef));
            Map<String, Object> attributes = fields(link.path("attributes"));
            actor(items, w)
                .link(id, Json.text(link, "rel", "System.LinkTypes.Related"), url, attributes);
          }
          for (JsonNode comment : w.path("comments")) {
            actor(items, comment).comment(id, Json.text(comment, "text", ""));
          }
          if (w.path("deleted").asBoolean(false)) {
            actor(items, w).delete(id);
          }
        });
  }

  private Integer unknownRef(String ref) {
    throw new IllegalArgumentException("seed: no work item with ref " + ref);
  }

  private static OrgWorkItems actor(OrgWorkItems items, JsonNode node) {
    String by = Json.text(node, "by", null);
    return by == null ? items : items.as(by);
  }

  private static Map<String, Object> fields(JsonNode object) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (object.isObject()) {
      object
          .properties()
          .forEach(
              e -> fields.put(e.getKey(), Json.MAPPER.convertValue(e.getValue(), Object.class)));
    }
    return fields;
  }
}
