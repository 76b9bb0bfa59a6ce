package dev.adolink.azure.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 400 {@code RuleValidationException} (TF401320): a work item write broke a field rule (required
 * field empty, value not in the allowed list, state not valid for the type). {@link #violations()}
 * names the fields, from ADO's {@code customProperties.RuleValidationErrors}.
 */
public class RuleValidationException extends AzureDevOpsException {

  /** One broken rule: the field's reference name and ADO's message for it. */
  public record Violation(@Nullable String fieldReferenceName, @Nullable String errorMessage) {}

  private final List<Violation> violations;

  public RuleValidationException(
      String method,
      String url,
      @Nullable String typeKey,
      @Nullable String serverMessage,
      List<Violation> violations) {
    super(method, url, 400, typeKey, serverMessage, null);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
