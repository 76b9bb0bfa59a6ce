package dev.adolink.azure.wit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A field of a work item type with its rules, as read with {@code $expand=all}: whether it is
 * required, its default and its allowed values (empty: any value).
 */
public record WorkItemTypeField(
    String referenceName,
    @Nullable String name,
    boolean alwaysRequired,
    @Nullable Object defaultValue,
    @JsonDeserialize(using = AllowedValuesDeserializer.class) List<String> allowedValues,
    @Nullable String helpText,
    @Nullable String url) {

  public WorkItemTypeField {
    allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
  }
}
