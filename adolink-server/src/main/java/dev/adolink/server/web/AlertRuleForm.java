package dev.adolink.server.web;

import dev.adolink.server.integration.ConfigChoices;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Level;
import dev.adolink.server.workitems.AlertRule;
import dev.adolink.server.workitems.AlertRuleCommand;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The alert rule form as posted, turned into the typed {@link AlertRuleCommand} the API's body
 * becomes too: {@code name}, {@code minLevel}, {@code minEvents}, {@code regression} (a checkbox),
 * {@code integrationId}, {@code project}, {@code work_item_type}, {@code area_path}, {@code tags},
 * and {@code fields} with one {@code Reference.Name = value} per line for what else the type
 * requires. Values the form cannot type (a level, a number) are refused here, named as the API
 * names them.
 */
record AlertRuleForm(Map<String, String> values) {

  private static final Pattern REFERENCE_NAME = Pattern.compile("[A-Za-z][\\w-]*(\\.[\\w-]+)+");

  static AlertRuleForm of(MultiValueMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    form.forEach(
        (name, list) -> {
          if (!name.equals("_csrf") && !list.isEmpty() && list.get(0) != null) {
            values.put(name, list.get(0).strip());
          }
        });
    return new AlertRuleForm(values);
  }

  /** The form's values for an existing rule (its project by id until the choices name it). */
  static Map<String, String> values(AlertRule rule) {
    return values(rule, null);
  }

  /** The form's values for an existing rule, its ADO project named from the form's choices. */
  static Map<String, String> values(AlertRule rule, ConfigChoices.@Nullable Choices choices) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", rule.name());
    if (rule.minLevel() != null) {
      values.put("minLevel", rule.minLevel().wire());
    }
    if (rule.minEvents() != null) {
      values.put("minEvents", String.valueOf(rule.minEvents()));
    }
    if (rule.regression()) {
      values.put("regression", "true");
    }
    values.put("integrationId", String.valueOf(rule.installationId()));
    StringBuilder fields = new StringBuilder();
    rule.action()
        .forEach(
            (key, value) -> {
              switch (key) {
                case "project" -> values.put(key, projectName(String.valueOf(value), choices));
                case "work_item_type", "area_path", "iteration_path" ->
                    values.put(key, String.valueOf(value));
                case "tags" ->
                    values.put(
                        key,
                        value instanceof java.util.Collection<?> tags
                            ? String.join("; ", tags.stream().map(String::valueOf).toList())
                            : String.valueOf(value));
                default -> fields.append(key).append(" = ").append(value).append('\n');
              }
            });
    if (!fields.isEmpty()) {
      values.put("fields", fields.toString().strip());
    }
    return values;
  }

  private static String projectName(String id, ConfigChoices.@Nullable Choices choices) {
    if (choices == null) {
      return id;
    }
    return choices.projects().stream()
        .filter(p -> p.id().equals(id))
        .map(ConfigChoices.ProjectChoice::name)
        .findFirst()
        .orElse(id);
  }

  @Nullable Long integration() {
    return number(values.get("integrationId"));
  }

  /**
   * The typed command the form stands for; a value the form cannot turn into its type (a level, a
   * number of events, a field line) is a 400 naming the field, as the API names it.
   */
  AlertRuleCommand command() {
    Map<String, String> errors = new LinkedHashMap<>();
    Level level = null;
    String minLevel = values.get("minLevel");
    if (minLevel != null && !minLevel.isEmpty()) {
      level = AlertRuleCommand.level(minLevel).orElse(null);
      if (level == null) {
        errors.put("conditions.minLevel", "must be one of fatal, error, warning, info, debug");
      }
    }
    String events = values.get("minEvents");
    Long count = events == null || events.isEmpty() ? null : number(events);
    if (events != null && !events.isEmpty() && (count == null || count < 1)) {
      errors.put("conditions.minEvents", "must be a whole number from 1 to " + Integer.MAX_VALUE);
    }
    Long installation = integration();
    if (installation == null) {
      errors.put("action.integrationId", "is required");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String line : values.getOrDefault("fields", "").split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int equals = line.indexOf('=');
      String field = equals > 0 ? line.substring(0, equals).strip() : "";
      if (!REFERENCE_NAME.matcher(field).matches()) {
        errors.put("fields", "'" + line.strip() + "' is not a line like Reference.Name = value");
      } else if (!line.substring(equals + 1).isBlank()) {
        fields.put(field, line.substring(equals + 1).strip());
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    List<String> tags =
        Arrays.stream(values.getOrDefault("tags", "").split("[;,]"))
            .map(String::strip)
            .filter(tag -> !tag.isEmpty())
            .distinct()
            .toList();
    return new AlertRuleCommand(
        values.getOrDefault("name", ""),
        level,
        count,
        values.containsKey("regression"),
        installation,
        new AlertRuleCommand.Action(
            blankAsNull(values.get("project")),
            blankAsNull(values.get("work_item_type")),
            blankAsNull(values.get("area_path")),
            null,
            tags,
            fields));
  }

  private static @Nullable String blankAsNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static @Nullable Long number(@Nullable String text) {
    try {
      return text == null ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
