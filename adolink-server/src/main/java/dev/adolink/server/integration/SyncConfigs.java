package dev.adolink.server.integration;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes an installation's configuration: the flags (and any other keys clients stored)
 * as a JSON object on the installation's row, the status mappings as rows.
 */
@Component
class SyncConfigs {

  static final String STATUS_FORWARD = "sync_status_forward";
  static final String STATUS_REVERSE = "sync_status_reverse";
  static final String FORWARD_ASSIGNMENT = "sync_forward_assignment";
  static final String REVERSE_ASSIGNMENT = "sync_reverse_assignment";
  static final String COMMENTS = "sync_comments";
  static final String PRIORITY_FORWARD = "sync_priority_forward";
  static final String PRIORITY_REVERSE = "sync_priority_reverse";
  static final String PRIORITY_MAPPING = "sync_priority_mapping";

  private final InstallationRepository installations;
  private final StatusMappingRepository mappings;
  private final JsonMapper json;

  SyncConfigs(
      InstallationRepository installations, StatusMappingRepository mappings, JsonMapper json) {
    this.installations = installations;
    this.mappings = mappings;
    this.json = json;
  }

  SyncConfig load(long installationId) {
    ObjectNode stored = stored(installationId);
    return new SyncConfig(
        mappings.list(installationId),
        flag(stored, STATUS_REVERSE),
        flag(stored, FORWARD_ASSIGNMENT),
        flag(stored, REVERSE_ASSIGNMENT),
        flag(stored, COMMENTS),
        flag(stored, PRIORITY_FORWARD),
        flag(stored, PRIORITY_REVERSE),
        priorities(stored.path(PRIORITY_MAPPING)));
  }

  /** The stored {@code sync_priority_mapping}: per project, level → priority (validated on PUT). */
  private static Map<String, Map<String, Integer>> priorities(JsonNode stored) {
    Map<String, Map<String, Integer>> priorities = new HashMap<>();
    for (Map.Entry<String, JsonNode> project : stored.properties()) {
      Map<String, Integer> levels = new HashMap<>();
      for (Map.Entry<String, JsonNode> level : project.getValue().properties()) {
        if (level.getValue().isInt()) {
          levels.put(level.getKey(), level.getValue().asInt());
        }
      }
      priorities.put(project.getKey(), levels);
    }
    return priorities;
  }

  /** Off for an installation not stored yet (its subscriptions are made while it installs). */
  DeployConfig deploys(long installationId) {
    ObjectNode stored =
        installations
            .find(installationId)
            .map(row -> stored(row.config()))
            .orElseGet(json::createObjectNode);
    return new DeployConfig(
        flag(stored, DeployConfig.ENABLED),
        DeployConfig.Rule.of(stored.path(DeployConfig.RULE).asString(""))
            .orElse(DeployConfig.Rule.COMMIT),
        stored.path(DeployConfig.VARIABLE).asString(DeployConfig.DEFAULT_VARIABLE),
        stored.path(DeployConfig.UNMATCHED).asString("log").equals("create_release"));
  }

  /** The configuration as the API shows it: stored keys, the flags, the mappings. */
  ObjectNode view(long installationId) {
    ObjectNode view = stored(installationId);
    ObjectNode forward = json.createObjectNode();
    for (StatusMapping mapping : mappings.list(installationId)) {
      ObjectNode project =
          forward.has(mapping.adoProjectId())
              ? (ObjectNode) forward.get(mapping.adoProjectId())
              : forward.putObject(mapping.adoProjectId());
      ObjectNode target =
          mapping.workItemType() == null
              ? project
              : (project.has("types")
                      ? (ObjectNode) project.get("types")
                      : project.putObject("types"))
                  .putObject(mapping.workItemType());
      target.put("on_resolve", mapping.onResolve());
      target.put("on_unresolve", mapping.onUnresolve());
    }
    view.set(STATUS_FORWARD, forward);
    for (String flag :
        List.of(
            STATUS_REVERSE,
            FORWARD_ASSIGNMENT,
            REVERSE_ASSIGNMENT,
            COMMENTS,
            PRIORITY_FORWARD,
            PRIORITY_REVERSE)) {
      view.put(flag, flag(view, flag));
    }
    if (!view.path(PRIORITY_MAPPING).isObject()) {
      view.putObject(PRIORITY_MAPPING);
    }
    return view;
  }

  /** Applies a validated update: mappings replaced when given, other keys merged. */
  void update(long installationId, ConfigUpdate update, Instant now) {
    ObjectNode stored = stored(installationId);
    if (update.mappings() != null) {
      mappings.replace(installationId, update.mappings());
    }
    stored.setAll(update.merge());
    installations.updateConfig(installationId, json.writeValueAsString(stored), now);
  }

  private ObjectNode stored(long installationId) {
    return installations
        .find(installationId)
        .map(row -> stored(row.config()))
        .orElseThrow(() -> Installations.notFound(installationId));
  }

  ObjectNode stored(String config) {
    JsonNode node = json.readTree(config);
    return node instanceof ObjectNode object ? object : json.createObjectNode();
  }

  private static boolean flag(ObjectNode config, String key) {
    return config.path(key).asBoolean(false);
  }
}
