package dev.adolink.server.web;

import dev.adolink.server.integration.ConfigChoices;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sync configuration as a form: the four flags, and a status mapping row per ADO project (its
 * default) and per work item type, offering the states ADO has. Posted back, it becomes the body of
 * {@code PUT .../config/}, so the API's rules decide what is valid.
 *
 * <p>Mapping inputs are named {@code resolve|<project id>} and {@code unresolve|<project id>}, with
 * {@code |<type>} appended for a type's own row. A row left empty is not mapped.
 */
record SyncConfigForm(List<Flag> flags, List<ProjectRow> projects, @Nullable String choicesError) {

  static final String MAPPINGS = "mappings";
  private static final String RESOLVE = "resolve";
  private static final String UNRESOLVE = "unresolve";
  private static final String FORWARD = "sync_status_forward";

  private static final Map<String, String> FLAGS =
      Map.of(
          "sync_status_reverse", "Resolve and unresolve issues when their work items change state",
          "sync_forward_assignment", "Assign work items when their issues are assigned",
          "sync_reverse_assignment", "Assign issues when their work items are assigned",
          "sync_comments", "Sync comments both ways");

  private static final List<String> FLAG_ORDER =
      List.of(
          "sync_status_reverse",
          "sync_forward_assignment",
          "sync_reverse_assignment",
          "sync_comments");

  record Flag(String key, String label, boolean on) {}

  /**
   * @param resolve the input's name for the state on resolve ({@code unresolve} likewise)
   */
  record Row(
      String label,
      String resolve,
      String unresolve,
      @Nullable String onResolve,
      @Nullable String onUnresolve,
      List<String> states) {}

  record ProjectRow(String id, String name, Row defaults, List<Row> types) {}

  static SyncConfigForm of(ObjectNode config, ConfigChoices.Choices choices) {
    List<Flag> flags =
        FLAG_ORDER.stream()
            .map(key -> new Flag(key, FLAGS.get(key), config.path(key).asBoolean(false)))
            .toList();
    JsonNode forward = config.path(FORWARD);
    List<ProjectRow> projects = new ArrayList<>();
    for (ConfigChoices.ProjectChoice project : choices.projects()) {
      JsonNode mapped = forward.path(project.id());
      Set<String> allStates = new LinkedHashSet<>();
      List<Row> types = new ArrayList<>();
      for (ConfigChoices.TypeChoice type : project.workItemTypes()) {
        List<String> states = type.states().stream().map(ConfigChoices.StateChoice::name).toList();
        allStates.addAll(states);
        String suffix = "|" + project.id() + "|" + type.name();
        types.add(row(type.name(), suffix, mapped.path("types").path(type.name()), states));
      }
      Row defaults = row("Every type", "|" + project.id(), mapped, List.copyOf(allStates));
      projects.add(new ProjectRow(project.id(), project.name(), defaults, types));
    }
    return new SyncConfigForm(flags, projects, choices.disabled() ? choices.error() : null);
  }

  /**
   * The {@code PUT .../config/} body of a posted form: every flag (an unchecked box is false) and,
   * when the form had mapping rows, every mapping (replacing the stored ones).
   */
  static ObjectNode body(MultiValueMap<String, String> form) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    FLAG_ORDER.forEach(flag -> body.put(flag, form.containsKey(flag)));
    if (!form.containsKey(MAPPINGS)) {
      return body;
    }
    ObjectNode forward = body.putObject(FORWARD);
    for (Map.Entry<String, List<String>> input : form.entrySet()) {
      String[] parts = input.getKey().split("\\|", 3);
      String value = input.getValue().isEmpty() ? "" : input.getValue().get(0).strip();
      boolean state = parts[0].equals(RESOLVE) || parts[0].equals(UNRESOLVE);
      if (!state || parts.length < 2 || value.isEmpty()) {
        continue;
      }
      ObjectNode target = child(forward, parts[1]);
      if (parts.length == 3) {
        target = child(child(target, "types"), parts[2]);
      }
      target.put("on_" + parts[0], value);
    }
    return body;
  }

  private static ObjectNode child(ObjectNode parent, String name) {
    return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
  }

  private static Row row(String label, String suffix, JsonNode mapped, List<String> states) {
    return new Row(
        label,
        RESOLVE + suffix,
        UNRESOLVE + suffix,
        text(mapped.path("on_resolve")),
        text(mapped.path("on_unresolve")),
        states);
  }

  private static @Nullable String text(JsonNode node) {
    return node.isString() ? node.asString() : null;
  }
}
