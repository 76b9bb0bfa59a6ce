package dev.adolink.azure.wit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One JSON Patch operation of a work item write. {@code value} is left out of the JSON for {@code
 * remove}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatchOperation(Op op, String path, @Nullable Object value) {

  /** The operations WIT supports ({@code move} and {@code copy} are in the spec but unused). */
  public enum Op {
    ADD,
    REPLACE,
    REMOVE,
    TEST;

    @JsonValue
    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
