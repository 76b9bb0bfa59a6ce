package dev.adolink.server.integration;

import dev.adolink.server.system.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A validated {@code PUT .../config/} body ({@code sentry-vsts-behavior.md} §4): the status
 * mappings when {@code sync_status_forward} is given (they replace all stored ones), and the other
 * keys to merge into the stored configuration (unknown keys are kept; {@code choices}, which the
 * GET adds, is not stored).
 *
 * <pre>{@code
 * {"sync_status_forward": {"<ado project id>": {"on_resolve": "Resolved", "on_unresolve": "Active",
 *     "types": {"User Story": {"on_resolve": "Closed", "on_unresolve": "New"}}}},
 *  "sync_status_reverse": true, "sync_comments": true, "other_option": "kept"}
 * }</pre>
 */
record ConfigUpdate(@Nullable List<StatusMapping> mappings, ObjectNode merge) {

  static final String REQUIRED = "Resolve and unresolve status are required.";

  private static final List<String> FLAGS =
      List.of(
          SyncConfigs.STATUS_REVERSE,
          SyncConfigs.FORWARD_ASSIGNMENT,
          SyncConfigs.REVERSE_ASSIGNMENT,
          SyncConfigs.COMMENTS,
          SyncConfigs.PRIORITY_FORWARD,
          SyncConfigs.PRIORITY_REVERSE,
          DeployConfig.ENABLED);

  static ConfigUpdate parse(JsonNode body) {
    if (!(body instanceof ObjectNode object)) {
      throw ApiException.badRequest("The configuration must be a JSON object");
    }
    ObjectNode merge = object.deepCopy();
    merge.remove("choices");
    for (String flag : FLAGS) {
      JsonNode value = merge.get(flag);
      if (value != null && !value.isBoolean() && !value.isNull()) {
        throw ApiException.invalid(flag, "must be true or false");
      }
    }
    deploys(merge);
    priorities(merge.get(SyncConfigs.PRIORITY_MAPPING));
    JsonNode forward = merge.remove(SyncConfigs.STATUS_FORWARD);
    if (forward == null || forward.isNull()) {
      return new ConfigUpdate(null, merge);
    }
    List<StatusMapping> mappings = mappings(forward);
    merge.put(SyncConfigs.STATUS_FORWARD, !mappings.isEmpty());
    return new ConfigUpdate(mappings, merge);
  }

  /** The same update from a typed change, with the same checks as {@link #parse}. */
  static ConfigUpdate of(SyncConfigChange change) {
    ObjectNode merge = JsonNodeFactory.instance.objectNode();
    merge.put(SyncConfigs.STATUS_REVERSE, change.statusReverse());
    merge.put(SyncConfigs.FORWARD_ASSIGNMENT, change.forwardAssignment());
    merge.put(SyncConfigs.REVERSE_ASSIGNMENT, change.reverseAssignment());
    merge.put(SyncConfigs.COMMENTS, change.comments());
    merge.put(SyncConfigs.PRIORITY_FORWARD, change.priorityForward());
    merge.put(SyncConfigs.PRIORITY_REVERSE, change.priorityReverse());
    if (change.priorities() != null) {
      ObjectNode mapping = merge.putObject(SyncConfigs.PRIORITY_MAPPING);
      change
          .priorities()
          .forEach(
              (project, levels) -> {
                ObjectNode row = mapping.putObject(project);
                levels.forEach(row::put);
              });
      priorities(mapping);
    }
    if (change.statusForward() == null) {
      return new ConfigUpdate(null, merge);
    }
    List<StatusMapping> mappings = new ArrayList<>();
    Set<String> withDefault = new HashSet<>();
    Set<String> projects = new LinkedHashSet<>();
    for (SyncConfigChange.Mapping row : change.statusForward()) {
      StatusMapping mapping =
          mapping(row.adoProjectId(), row.workItemType(), row.onResolve(), row.onUnresolve());
      projects.add(mapping.adoProjectId());
      if (mapping.workItemType() == null) {
        withDefault.add(mapping.adoProjectId());
      }
      mappings.add(mapping);
    }
    if (!withDefault.containsAll(projects)) {
      // as in the API's body, a project's type rows sit inside its default row
      throw ApiException.invalid(SyncConfigs.STATUS_FORWARD, REQUIRED);
    }
    merge.put(SyncConfigs.STATUS_FORWARD, !mappings.isEmpty());
    return new ConfigUpdate(mappings, merge);
  }

  private static void deploys(ObjectNode merge) {
    JsonNode rule = merge.get(DeployConfig.RULE);
    if (rule != null && !rule.isNull() && DeployConfig.Rule.of(rule.asString("")).isEmpty()) {
      throw ApiException.invalid(DeployConfig.RULE, "must be commit, build_number or variable");
    }
    JsonNode unmatched = merge.get(DeployConfig.UNMATCHED);
    if (unmatched != null
        && !unmatched.isNull()
        && !List.of("log", "create_release").contains(unmatched.asString(""))) {
      throw ApiException.invalid(DeployConfig.UNMATCHED, "must be log or create_release");
    }
    JsonNode variable = merge.get(DeployConfig.VARIABLE);
    if (variable != null
        && !variable.isNull()
        && !variable.asString("").matches("[A-Za-z_][A-Za-z0-9_.]{0,99}")) {
      throw ApiException.invalid(DeployConfig.VARIABLE, "must be a pipeline variable name");
    }
  }

  /**
   * {@code sync_priority_mapping}: {@code {"<ado project id>": {"fatal": 1, "error": 2, ...}}},
   * each a level of the tracker and an ADO priority from 1 to 4.
   */
  private static void priorities(@Nullable JsonNode mapping) {
    if (mapping == null || mapping.isNull()) {
      return;
    }
    String shape = "must map ADO project ids to {\"<level>\": <priority 1 to 4>}";
    if (!mapping.isObject()) {
      throw ApiException.invalid(SyncConfigs.PRIORITY_MAPPING, shape);
    }
    for (Map.Entry<String, JsonNode> project : mapping.properties()) {
      if (project.getKey().isBlank() || project.getKey().length() > 64) {
        throw ApiException.invalid(
            SyncConfigs.PRIORITY_MAPPING, "project ids are 1 to 64 characters");
      }
      if (!project.getValue().isObject()) {
        throw ApiException.invalid(SyncConfigs.PRIORITY_MAPPING, shape);
      }
      for (Map.Entry<String, JsonNode> level : project.getValue().properties()) {
        if (!SyncConfig.LEVELS.contains(level.getKey())) {
          throw ApiException.invalid(
              SyncConfigs.PRIORITY_MAPPING,
              "'"
                  + level.getKey()
                  + "' is not a level; levels are "
                  + String.join(", ", SyncConfig.LEVELS));
        }
        JsonNode priority = level.getValue();
        if (!priority.isInt() || priority.asInt() < 1 || priority.asInt() > 4) {
          throw ApiException.invalid(
              SyncConfigs.PRIORITY_MAPPING,
              "the priority of " + level.getKey() + " must be a whole number from 1 to 4");
        }
      }
    }
  }

  private static List<StatusMapping> mappings(JsonNode forward) {
    if (!forward.isObject()) {
      throw ApiException.invalid(
          SyncConfigs.STATUS_FORWARD,
          "must map ADO project ids to {\"on_resolve\": ..., \"on_unresolve\": ...}");
    }
    List<StatusMapping> mappings = new ArrayList<>();
    for (Map.Entry<String, JsonNode> project : forward.properties()) {
      JsonNode entry = project.getValue();
      mappings.add(mapping(project.getKey(), null, entry));
      JsonNode types = entry.path("types");
      if (types.isMissingNode() || types.isNull()) {
        continue;
      }
      if (!types.isObject()) {
        throw ApiException.invalid(
            SyncConfigs.STATUS_FORWARD, "types must map work item type names to states");
      }
      for (Map.Entry<String, JsonNode> type : types.properties()) {
        mappings.add(mapping(project.getKey(), type.getKey(), type.getValue()));
      }
    }
    return mappings;
  }

  private static StatusMapping mapping(String project, @Nullable String type, JsonNode entry) {
    return mapping(project, type, text(entry.path("on_resolve")), text(entry.path("on_unresolve")));
  }

  private static StatusMapping mapping(
      String project,
      @Nullable String type,
      @Nullable String resolveText,
      @Nullable String unresolveText) {
    String resolve = text(resolveText);
    String unresolve = text(unresolveText);
    if (project.isBlank() || resolve == null || unresolve == null) {
      throw ApiException.invalid(SyncConfigs.STATUS_FORWARD, REQUIRED);
    }
    if (project.length() > 64
        || resolve.length() > 128
        || unresolve.length() > 128
        || (type != null && type.length() > 128)) {
      throw ApiException.invalid(
          SyncConfigs.STATUS_FORWARD, "project ids, types and states are at most 128 characters");
    }
    return new StatusMapping(
        project, type == null || type.isBlank() ? null : type, resolve, unresolve);
  }

  private static @Nullable String text(JsonNode node) {
    return node.isString() ? text(node.asString()) : null;
  }

  private static @Nullable String text(@Nullable String text) {
    return text != null && !text.isBlank() ? text.trim() : null;
  }
}
