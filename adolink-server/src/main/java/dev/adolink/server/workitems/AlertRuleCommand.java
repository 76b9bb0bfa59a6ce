package dev.adolink.server.workitems;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Level;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What an alert rule is saved from, typed: the API builds it from its JSON body ({@link
 * #parse(JsonNode)}), the page from its form. {@link AlertRules} checks it (and ADO) the same way
 * for both.
 *
 * @param action the work item to create: ADO project, type, paths, tags and any other field by its
 *     reference name
 */
public record AlertRuleCommand(
    String name,
    @Nullable Level minLevel,
    @Nullable Long minEvents,
    boolean regression,
    long installationId,
    Action action) {

  public record Action(
      @Nullable String project,
      @Nullable String workItemType,
      @Nullable String areaPath,
      @Nullable String iterationPath,
      List<String> tags,
      Map<String, Object> fields) {

    public Action {
      tags = List.copyOf(tags);
      fields = Map.copyOf(fields);
    }

    WorkItemDraft draft() {
      return new WorkItemDraft(
          project, workItemType, null, null, areaPath, iterationPath, tags, fields);
    }
  }

  /**
   * {@code {name, conditions?: {minLevel?, minEvents?, regression?}, action: {integrationId,
   * project, work_item_type, area_path?, iteration_path?, tags?, <field reference name>?...}}},
   * with a 400 naming each value of the wrong type.
   */
  static AlertRuleCommand parse(JsonNode body) {
    if (!body.isObject()) {
      throw ApiException.badRequest("The body must be a JSON object");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String name = body.path("name").isString() ? body.path("name").asString() : "";
    if (name.isBlank() || name.strip().length() > 200) {
      errors.put("name", AlertRules.NAME);
    }
    JsonNode conditions = body.path("conditions");
    Level level = level(conditions.get("minLevel"), errors);
    Long events = events(conditions.get("minEvents"), errors);
    boolean regression = regression(conditions.get("regression"), errors);
    JsonNode action = body.path("action");
    if (!action.isObject()) {
      errors.put("action", "is required: {integrationId, project, work_item_type, ...}");
    }
    JsonNode integration = action.path("integrationId");
    if (!action.isMissingNode() && !integration.canConvertToLong()) {
      errors.put("action.integrationId", "is required");
    }
    WorkItemDraft draft = null;
    if (action.isObject()) {
      try {
        draft = WorkItemDraft.parse(action);
      } catch (ApiException e) {
        e.body().errors().forEach((field, message) -> errors.put("action." + field, message));
        if (e.body().errors().isEmpty()) {
          errors.put("action", e.getMessage());
        }
      }
    }
    if (!errors.isEmpty() || draft == null) {
      throw ApiException.invalid(errors);
    }
    return new AlertRuleCommand(
        name,
        level,
        events,
        regression,
        integration.asLong(),
        new Action(
            draft.project(),
            draft.type(),
            draft.areaPath(),
            draft.iterationPath(),
            draft.tags(),
            draft.fields()));
  }

  /** A level by its wire name ({@code error}), empty for another word. */
  public static Optional<Level> level(String wire) {
    return Arrays.stream(Level.values())
        .filter(l -> l.wire().equals(wire.strip().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  private static @Nullable Level level(@Nullable JsonNode value, Map<String, String> errors) {
    if (value == null || value.isNull()) {
      return null;
    }
    Optional<Level> level = value.isString() ? level(value.asString()) : Optional.empty();
    if (level.isEmpty()) {
      errors.put("conditions.minLevel", AlertRules.LEVELS);
    }
    return level.orElse(null);
  }

  private static @Nullable Long events(@Nullable JsonNode value, Map<String, String> errors) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asLong() < 1) {
      errors.put("conditions.minEvents", AlertRules.EVENTS);
      return null;
    }
    return value.asLong();
  }

  private static boolean regression(@Nullable JsonNode value, Map<String, String> errors) {
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      errors.put("conditions.regression", "must be true or false");
      return false;
    }
    return value.booleanValue();
  }
}
