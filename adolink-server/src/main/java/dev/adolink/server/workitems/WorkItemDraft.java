package dev.adolink.server.workitems;

import dev.adolink.azure.wit.Fields;
import dev.adolink.server.system.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a work item is created from: the values of the create form ({@code project}, {@code
 * work_item_type}, {@code title}, {@code description} in Markdown, {@code area_path}, {@code
 * iteration_path}, {@code tags}) and any other field by its reference name ({@code Custom.Team},
 * {@code Microsoft.VSTS.Common.Priority}). Alert rules store one without title and description.
 */
public record WorkItemDraft(
    @Nullable String project,
    @Nullable String type,
    @Nullable String title,
    @Nullable String description,
    @Nullable String areaPath,
    @Nullable String iterationPath,
    List<String> tags,
    Map<String, Object> fields) {

  static final String PROJECT = "project";
  static final String TYPE = "work_item_type";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String AREA_PATH = "area_path";
  static final String ITERATION_PATH = "iteration_path";
  static final String TAGS = "tags";

  /** ADO's limit for {@code System.Title}. */
  static final int MAX_TITLE = 255;

  /** Form fields that stand for ADO fields, by reference name. */
  static final Map<String, String> FORM_NAMES =
      Map.of(
          Fields.TITLE, TITLE,
          Fields.DESCRIPTION, DESCRIPTION,
          Fields.AREA_PATH, AREA_PATH,
          Fields.ITERATION_PATH, ITERATION_PATH,
          Fields.TAGS, TAGS);

  private static final Pattern REFERENCE_NAME = Pattern.compile("[A-Za-z][\\w-]*(\\.[\\w-]+)+");

  public WorkItemDraft {
    tags = List.copyOf(tags);
    fields = Map.copyOf(fields);
  }

  /**
   * Reads the form values of a request body; unknown keys that are not field reference names are
   * ignored, as everywhere in the API.
   */
  static WorkItemDraft parse(JsonNode body) {
    if (!body.isObject()) {
      throw ApiException.badRequest("The body must be a JSON object");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : body.properties()) {
      String name = entry.getKey();
      if (!REFERENCE_NAME.matcher(name).matches()) {
        continue;
      }
      JsonNode value = entry.getValue();
      if (FORM_NAMES.containsKey(name)) {
        errors.put(name, "is set with " + FORM_NAMES.get(name));
      } else if (!value.isValueNode()) {
        errors.put(name, "must be a string, a number or a boolean");
      } else if (!value.isNull() && !value.asString().isBlank()) {
        fields.put(name, scalar(value));
      }
    }
    WorkItemDraft draft =
        new WorkItemDraft(
            text(body, PROJECT, errors),
            text(body, TYPE, errors),
            text(body, TITLE, errors),
            text(body, DESCRIPTION, errors),
            text(body, AREA_PATH, errors),
            text(body, ITERATION_PATH, errors),
            tags(body.get(TAGS), errors),
            fields);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return draft;
  }

  /**
   * Reads the values of the create form (each name with the values sent for it), by the same rules
   * as {@link #parse}: several values of a field are one list of tags or the first value.
   */
  public static WorkItemDraft fromForm(Map<String, List<String>> form) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object> fields = new LinkedHashMap<>();
    form.forEach(
        (name, values) -> {
          String value = values.isEmpty() ? "" : values.get(0);
          if (!REFERENCE_NAME.matcher(name).matches()) {
            return;
          }
          if (FORM_NAMES.containsKey(name)) {
            errors.put(name, "is set with " + FORM_NAMES.get(name));
          } else if (!value.isBlank()) {
            fields.put(name, value);
          }
        });
    List<String> tags =
        form.getOrDefault(TAGS, List.of()).stream()
            .flatMap(value -> Arrays.stream(value.split("[;,]")))
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .distinct()
            .toList();
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new WorkItemDraft(
        formText(form, PROJECT),
        formText(form, TYPE),
        formText(form, TITLE),
        formText(form, DESCRIPTION),
        formText(form, AREA_PATH),
        formText(form, ITERATION_PATH),
        tags,
        fields);
  }

  private static @Nullable String formText(Map<String, List<String>> form, String name) {
    List<String> values = form.getOrDefault(name, List.of());
    return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
  }

  /** Throws a 400 naming what a creation needs and lacks. */
  WorkItemDraft requireComplete() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (project == null) {
      errors.put(PROJECT, "is required");
    }
    if (type == null) {
      errors.put(TYPE, "is required");
    }
    if (title == null) {
      errors.put(TITLE, "is required");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return this;
  }

  /** The title as ADO takes it: at most 255 characters, a longer one cut with {@code ...}. */
  String adoTitle() {
    String text = title == null ? "" : title.strip();
    return text.length() <= MAX_TITLE ? text : text.substring(0, MAX_TITLE - 3) + "...";
  }

  WorkItemDraft withText(String title, @Nullable String description) {
    return new WorkItemDraft(
        project, type, title, description, areaPath, iterationPath, tags, fields);
  }

  /** The values to store in a rule (no title or description), in the form's names. */
  Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    putIfSet(values, PROJECT, project);
    putIfSet(values, TYPE, type);
    putIfSet(values, AREA_PATH, areaPath);
    putIfSet(values, ITERATION_PATH, iterationPath);
    if (!tags.isEmpty()) {
      values.put(TAGS, tags);
    }
    values.putAll(fields);
    return values;
  }

  private static void putIfSet(Map<String, Object> values, String name, @Nullable String value) {
    if (value != null) {
      values.put(name, value);
    }
  }

  private static @Nullable String text(JsonNode body, String name, Map<String, String> errors) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString() && !value.isNumber()) {
      errors.put(name, "must be a string");
      return null;
    }
    String text = value.asString();
    return text.isBlank() ? null : text;
  }

  /** A list of strings, or one string of tags separated by {@code ;} or {@code ,}. */
  private static List<String> tags(@Nullable JsonNode value, Map<String, String> errors) {
    List<String> tags = new ArrayList<>();
    if (value == null || value.isNull()) {
      return tags;
    }
    if (value.isString()) {
      Arrays.stream(value.asString().split("[;,]")).forEach(tags::add);
    } else if (value.isArray()) {
      for (JsonNode tag : value) {
        if (!tag.isString()) {
          errors.put(TAGS, "must be strings");
          return List.of();
        }
        tags.add(tag.asString());
      }
    } else {
      errors.put(TAGS, "must be a list of strings");
    }
    return tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
  }

  private static Object scalar(JsonNode value) {
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.asLong();
    }
    if (value.isNumber()) {
      // beyond a long (or a fraction): ADO's field types are 32-bit integers and doubles, so the
      // number goes as written and ADO's rules answer for it (a 400 naming the field)
      return value.isFloatingPointNumber() && Double.isFinite(value.asDouble())
          ? value.asDouble()
          : value.asString();
    }
    return value.asString();
  }
}
