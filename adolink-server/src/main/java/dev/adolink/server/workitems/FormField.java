package dev.adolink.server.workitems;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a create or link form, in the shape of Sentry's integration forms.
 *
 * @param type {@code select}, {@code string} or {@code textarea}
 * @param choices {@code [value, label]} pairs of a select
 * @param updatesForm a change should ask for the form again with the new value
 * @param url where a select finds its choices ({@code ?field=<name>&query=})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(
    String name,
    String label,
    String type,
    boolean required,
    @JsonProperty("default") @Nullable Object defaultValue,
    @Nullable List<List<String>> choices,
    @Nullable Boolean updatesForm,
    @Nullable Boolean multiple,
    @Nullable String url,
    @Nullable String help) {

  static FormField text(String name, String label, boolean required, @Nullable Object value) {
    return new FormField(name, label, "string", required, value, null, null, null, null, null);
  }

  static FormField textarea(String name, String label, @Nullable String value) {
    return new FormField(name, label, "textarea", false, value, null, null, null, null, null);
  }

  static FormField select(
      String name,
      String label,
      boolean required,
      @Nullable Object value,
      List<List<String>> choices) {
    return new FormField(name, label, "select", required, value, choices, null, null, null, null);
  }

  /** The same values offered as their own labels. */
  static List<List<String>> choices(List<String> values) {
    return values.stream().map(value -> List.of(value, value)).toList();
  }

  FormField updatingForm() {
    return new FormField(
        name, label, type, required, defaultValue, choices, true, multiple, url, help);
  }

  FormField allowingMany() {
    return new FormField(
        name, label, type, required, defaultValue, choices, updatesForm, true, url, help);
  }

  FormField withHelp(String text) {
    return new FormField(
        name, label, type, required, defaultValue, choices, updatesForm, multiple, url, text);
  }

  FormField withUrl(String searchUrl) {
    return new FormField(
        name, label, type, required, defaultValue, choices, updatesForm, multiple, searchUrl, help);
  }
}
