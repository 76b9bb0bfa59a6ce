package dev.adolink.server.web;

import dev.adolink.server.system.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Why a form was refused, as the API says it ({@code {"detail", "errors"}}): shown above the form
 * named {@code form}, each field's message next to that field; {@code status} is the API's.
 */
record FormErrors(String form, int status, String detail, Map<String, String> fields) {

  /** What people call the API's field names, where they differ from the field's own label. */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "Name"),
          Map.entry("email", "Email"),
          Map.entry("password", "Password"),
          Map.entry("text", "The comment"),
          Map.entry("pat", "Personal access token"),
          Map.entry("organizationUrl", "Organization URL"),
          Map.entry("version", "Version"),
          Map.entry("refs", "Commits"),
          Map.entry("conditions.minLevel", "Level"),
          Map.entry("conditions.minEvents", "Number of events"),
          Map.entry("conditions.regression", "The regression box"),
          Map.entry("action", "The action"),
          Map.entry("action.integrationId", "Azure DevOps organization"),
          Map.entry("action.project", "Azure DevOps project"),
          Map.entry("action.work_item_type", "Work item type"),
          Map.entry("action.area_path", "Area path"),
          Map.entry("action.tags", "Tags"));

  static FormErrors of(String form, ApiException e) {
    Map<String, String> fields = e.body().errors();
    String detail = fields.isEmpty() ? e.body().detail() : sentence(fields);
    return new FormErrors(form, e.status().value(), detail, fields);
  }

  /**
   * The field errors as one sentence a person reads above the form ("Not saved: Number of events
   * must be a whole number ..."), instead of the API's {@code Invalid request: conditions.minEvents
   * ...}.
   */
  static String sentence(Map<String, String> fields) {
    StringBuilder text = new StringBuilder("Not saved: ");
    fields.forEach(
        (field, message) -> text.append(label(field)).append(' ').append(message).append("; "));
    return text.substring(0, text.length() - 2) + ".";
  }

  /** A field's label: the form's own word, or a field reference name without its prefix. */
  static String label(String field) {
    String known = LABELS.get(field);
    if (known != null) {
      return known;
    }
    if (field.matches("refs\\[\\d+\\]\\..*")) {
      return "Commit " + field.substring(field.lastIndexOf('.') + 1);
    }
    return field.startsWith("action.") ? field.substring("action.".length()) : field;
  }

  /** Bean validation of a bound request, worded as the API words it. */
  static FormErrors of(String form, BindingResult result) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldError error : result.getFieldErrors()) {
      fields.putIfAbsent(error.getField(), String.valueOf(error.getDefaultMessage()));
    }
    return of(form, ApiException.invalid(fields));
  }

  public boolean isFor(String name) {
    return form.equals(name);
  }

  public @Nullable String field(String name) {
    return fields.get(name);
  }
}
