package dev.adolink.server.web;

import dev.adolink.server.integration.ConfigChoices;
import dev.adolink.server.workitems.AlertRule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The alert rule form as posted, turned into the body of {@code POST .../alert-rules/}: {@code
 * name}, {@code minLevel}, {@code minEvents}, {@code regression} (a checkbox), {@code
 * integrationId}, {@code project}, {@code work_item_type}, {@code area_path}, {@code tags}, and
 * {@code fields} with one {@code Reference.Name = value} per line for what else the type requires.
 * Values that are not numbers are passed on as typed, for the API to name them.
 */
record AlertRuleForm(Map<String, String> values) {

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

  ObjectNode body() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("name", values.getOrDefault("name", ""));
    ObjectNode conditions = body.putObject("conditions");
    putIfSet(conditions, "minLevel", values.get("minLevel"));
    String events = values.get("minEvents");
    if (events != null && !events.isEmpty()) {
      Long count = number(events);
      if (count == null) {
        conditions.put("minEvents", events);
      } else {
        conditions.put("minEvents", count);
      }
    }
    if (values.containsKey("regression")) {
      conditions.put("regression", true);
    }
    ObjectNode action = body.putObject("action");
    String integration = values.getOrDefault("integrationId", "");
    Long id = number(integration);
    if (id == null) {
      action.put("integrationId", integration);
    } else {
      action.put("integrationId", id);
    }
    for (String key : new String[] {"project", "work_item_type", "area_path", "tags"}) {
      putIfSet(action, key, values.get(key));
    }
    for (String line : values.getOrDefault("fields", "").split("\\R")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        action.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
      }
    }
    return body;
  }

  private static void putIfSet(ObjectNode node, String key, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      node.put(key, value);
    }
  }

  private static @Nullable Long number(@Nullable String text) {
    try {
      return text == null ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
