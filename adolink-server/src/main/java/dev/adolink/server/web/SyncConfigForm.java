package dev.adolink.server.web;

import dev.adolink.server.integration.ConfigChoices;
import dev.adolink.server.integration.StatusMapping;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.integration.SyncConfigChange;
import dev.adolink.server.system.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The sync configuration as a form: the flags, a status mapping row per ADO project (its default,
 * offering every state of its types: a type without the state falls back to one of its category)
 * with its work item types' own rows folded under it (each offering only the states that type has),
 * and a priority mapping row per project. Read from the typed {@link SyncConfig}; posted back, it
 * becomes a {@link SyncConfigChange}, checked by the same rules as the API's {@code PUT
 * .../config/}.
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
  static final String PRIORITIES = "priorities";
  private static final String PRIORITY = "priority";
  private static final String PRIORITY_MAPPING = "sync_priority_mapping";
  private static final List<String> LEVELS = SyncConfig.LEVELS;

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

  static SyncConfigForm of(SyncConfig config, ConfigChoices.Choices choices) {
    Map<String, Boolean> on =
        Map.of(
            "sync_status_reverse", config.statusReverse(),
            "sync_forward_assignment", config.forwardAssignment(),
            "sync_reverse_assignment", config.reverseAssignment(),
            "sync_comments", config.comments(),
            "sync_priority_forward", config.priorityForward(),
            "sync_priority_reverse", config.priorityReverse());
    List<Flag> flags =
        FLAG_ORDER.stream().map(key -> new Flag(key, FLAGS.get(key), on.get(key))).toList();
    List<ProjectRow> projects = new ArrayList<>();
    for (ConfigChoices.ProjectChoice project : choices.projects()) {
      Set<String> allStates = new LinkedHashSet<>();
      List<Row> types = new ArrayList<>();
      for (ConfigChoices.TypeChoice type : project.workItemTypes()) {
        List<String> states = type.states().stream().map(ConfigChoices.StateChoice::name).toList();
        allStates.addAll(states);
        String suffix = "|" + project.id() + "|" + type.name();
        types.add(row(type.name(), suffix, mapping(config, project.id(), type.name()), states));
      }
      Row defaults =
          row(
              "Every type",
              "|" + project.id(),
              mapping(config, project.id(), null),
              List.copyOf(allStates));
      boolean own =
          config.statusForward().stream()
              .anyMatch(m -> m.adoProjectId().equals(project.id()) && m.workItemType() != null);
      projects.add(new ProjectRow(project.id(), project.name(), defaults, types, own));
    }
    List<PriorityRow> priorities = new ArrayList<>();
    for (ConfigChoices.ProjectChoice project : choices.projects()) {
      Map<String, Integer> mapped = config.priorities().getOrDefault(project.id(), Map.of());
      List<LevelPriority> levels = new ArrayList<>();
      for (String level : LEVELS) {
        levels.add(
            new LevelPriority(
                level,
                PRIORITY + "|" + project.id() + "|" + level,
                mapped.getOrDefault(level, SyncConfig.DEFAULT_PRIORITIES.get(level))));
      }
      priorities.add(new PriorityRow(project.id(), project.name(), levels));
    }
    return new SyncConfigForm(
        flags, projects, priorities, choices.disabled() ? choices.error() : null);
  }

  /**
   * The change a posted form makes: every flag (an unchecked box is false) and, when the form had
   * mapping rows, every mapping (replacing the stored ones); likewise the priorities.
   *
   * @throws ApiException 400 for a priority that is not a number
   */
  static SyncConfigChange change(MultiValueMap<String, String> form) {
    List<SyncConfigChange.Mapping> mappings = null;
    if (form.containsKey(MAPPINGS)) {
      mappings = new ArrayList<>();
      Map<String, String[]> rows = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> input : form.entrySet()) {
        String[] parts = input.getKey().split("\\|", 3);
        String value = value(input.getValue());
        boolean state = parts[0].equals(RESOLVE) || parts[0].equals(UNRESOLVE);
        if (!state || parts.length < 2 || value.isEmpty()) {
          continue;
        }
        String[] row =
            rows.computeIfAbsent(
                parts[1] + (parts.length == 3 ? "|" + parts[2] : ""),
                key -> new String[] {parts[1], parts.length == 3 ? parts[2] : null, null, null});
        row[parts[0].equals(RESOLVE) ? 2 : 3] = value;
      }
      for (String[] row : rows.values()) {
        mappings.add(new SyncConfigChange.Mapping(row[0], row[1], row[2], row[3]));
      }
    }
    return new SyncConfigChange(
        form.containsKey("sync_status_reverse"),
        form.containsKey("sync_forward_assignment"),
        form.containsKey("sync_reverse_assignment"),
        form.containsKey("sync_comments"),
        form.containsKey("sync_priority_forward"),
        form.containsKey("sync_priority_reverse"),
        mappings,
        form.containsKey(PRIORITIES) ? priorities(form) : null);
  }

  /** {@code priority|<project>|<level>} inputs. */
  private static Map<String, Map<String, Integer>> priorities(MultiValueMap<String, String> form) {
    Map<String, Map<String, Integer>> mapping = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> input : form.entrySet()) {
      String[] parts = input.getKey().split("\\|", 3);
      String value = value(input.getValue());
      if (!parts[0].equals(PRIORITY) || parts.length < 3 || value.isEmpty()) {
        continue;
      }
      if (!value.matches("\\d{1,9}")) {
        throw ApiException.invalid(
            PRIORITY_MAPPING,
            "the priority of " + parts[2] + " must be a whole number from 1 to 4");
      }
      mapping
          .computeIfAbsent(parts[1], project -> new LinkedHashMap<>())
          .put(parts[2], Integer.parseInt(value));
    }
    return mapping;
  }

  private static String value(List<String> values) {
    return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
  }

  private static @Nullable StatusMapping mapping(
      SyncConfig config, String projectId, @Nullable String type) {
    return config.statusForward().stream()
        .filter(m -> m.adoProjectId().equals(projectId))
        .filter(m -> Objects.equals(m.workItemType(), type))
        .findFirst()
        .orElse(null);
  }

  private static Row row(
      String label, String suffix, @Nullable StatusMapping mapped, List<String> states) {
    return new Row(
        label,
        RESOLVE + suffix,
        UNRESOLVE + suffix,
        mapped == null ? null : mapped.onResolve(),
        mapped == null ? null : mapped.onUnresolve(),
        states);
  }
}
