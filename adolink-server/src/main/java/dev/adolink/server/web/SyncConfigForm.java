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
 * The sync configuration as a form: the flags, a status mapping row per ADO project (its default,
 * offering every state of its types: a type without the state falls back to one of its category)
 * with its work item types' own rows folded under it (each offering only the states that type has),
 * and a priority mapping row per project. Posted back, it becomes the body of {@code PUT
 * .../config/}, so the API's rules decide what is valid.
 *
 * <p>Mapping inputs are named {@code resolve|<project id>} and {@code unresolve|<project id>}, with
 * {@code |<type>} appended for a type's own row. A row left empty is not mapped. Priority inputs
 * are named {@code priority|<project id>|<level>}.
 */
record SyncConfigForm(
    List<Flag> flags,
    List<ProjectRow> projects,
    List<PriorityRow> priorities,
    @Nullable String choicesError) {

  static final String MAPPINGS = "mappings";
  private static final String RESOLVE = "resolve";
  private static final String UNRESOLVE = "unresolve";
  private static final String FORWARD = "sync_status_forward";
  static final String PRIORITIES = "priorities";
  private static final String PRIORITY = "priority";
  private static final String PRIORITY_MAPPING = "sync_priority_mapping";
  private static final List<String> LEVELS = List.of("fatal", "error", "warning", "info", "debug");
  private static final Map<String, Integer> DEFAULT_PRIORITIES =
      Map.of("fatal", 1, "error", 2, "warning", 3, "info", 4, "debug", 4);

  private static final Map<String, String> FLAGS =
      Map.of(
          "sync_status_reverse", "Resolve and unresolve issues when their work items change state",
          "sync_forward_assignment", "Assign work items when their issues are assigned",
          "sync_reverse_assignment", "Assign issues when their work items are assigned",
          "sync_comments", "Sync comments both ways",
          "sync_priority_forward", "Set work items' priority when their issues' level changes",
          "sync_priority_reverse", "Set issues' level when their work items' priority changes");

  private static final List<String> FLAG_ORDER =
      List.of(
          "sync_status_reverse",
          "sync_forward_assignment",
          "sync_reverse_assignment",
          "sync_comments",
          "sync_priority_forward",
          "sync_priority_reverse");

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

  /**
   * @param ownMappings whether a type has its own mapping (its rows then show unfolded)
   */
  record ProjectRow(String id, String name, Row defaults, List<Row> types, boolean ownMappings) {}

  /** A project's ADO priority (1 to 4) per level, in {@link #LEVELS} order. */
  record PriorityRow(String id, String name, List<LevelPriority> levels) {}

  /**
   * @param input the select's name
   */
  record LevelPriority(String level, String input, int priority) {}

  /** The levels, as the priority table's columns. */
  public List<String> levels() {
    return LEVELS;
  }

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
      boolean own = mapped.path("types").isObject() && !mapped.path("types").isEmpty();
      projects.add(new ProjectRow(project.id(), project.name(), defaults, types, own));
    }
    List<PriorityRow> priorities = new ArrayList<>();
    for (ConfigChoices.ProjectChoice project : choices.projects()) {
      JsonNode mapped = config.path(PRIORITY_MAPPING).path(project.id());
      List<LevelPriority> levels = new ArrayList<>();
      for (String level : LEVELS) {
        JsonNode priority = mapped.path(level);
        levels.add(
            new LevelPriority(
                level,
                PRIORITY + "|" + project.id() + "|" + level,
                priority.isInt() ? priority.asInt() : DEFAULT_PRIORITIES.get(level)));
      }
      priorities.add(new PriorityRow(project.id(), project.name(), levels));
    }
    return new SyncConfigForm(
        flags, projects, priorities, choices.disabled() ? choices.error() : null);
  }

  /**
   * The {@code PUT .../config/} body of a posted form: every flag (an unchecked box is false) and,
   * when the form had mapping rows, every mapping (replacing the stored ones).
   */
  static ObjectNode body(MultiValueMap<String, String> form) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    FLAG_ORDER.forEach(flag -> body.put(flag, form.containsKey(flag)));
    if (form.containsKey(PRIORITIES)) {
      priorities(form, body.putObject(PRIORITY_MAPPING));
    }
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

  /** {@code priority|<project>|<level>} inputs; a value that is not a number is sent as given. */
  private static void priorities(MultiValueMap<String, String> form, ObjectNode mapping) {
    for (Map.Entry<String, List<String>> input : form.entrySet()) {
      String[] parts = input.getKey().split("\\|", 3);
      String value = input.getValue().isEmpty() ? "" : input.getValue().get(0).strip();
      if (!parts[0].equals(PRIORITY) || parts.length < 3 || value.isEmpty()) {
        continue;
      }
      ObjectNode project = child(mapping, parts[1]);
      try {
        project.put(parts[2], Integer.parseInt(value));
      } catch (NumberFormatException e) {
        project.put(parts[2], value);
      }
    }
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
