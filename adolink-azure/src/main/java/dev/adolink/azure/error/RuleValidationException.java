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
  public record Violation(@Nullable String fieldReferenceName, @Nullable String errorMessage) {

    /** Which rule, from ADO's error code ({@code Error code: Required, InvalidEmpty.}). */
    public Rule rule() {
      String message = errorMessage == null ? "" : errorMessage;
      if (message.contains("InvalidEmpty")) {
        return Rule.REQUIRED;
      } else if (message.contains("InvalidListValue")) {
        return Rule.NOT_ALLOWED;
      } else if (message.contains("InvalidTooLong")) {
        return Rule.TOO_LONG;
      } else if (message.contains("InvalidNotOldValue") || message.contains("ReadOnly")) {
        return Rule.READ_ONLY;
      } else if (message.contains("InvalidFormat") || message.contains("InvalidType")) {
        return Rule.WRONG_FORMAT;
      }
      return Rule.OTHER;
    }
  }

  /** The kinds of field rule ADO enforces on a write. */
  public enum Rule {
    /** the field needs a value */
    REQUIRED,
    /** the value is not one of the allowed values */
    NOT_ALLOWED,
    TOO_LONG,
    /** the field cannot be changed */
    READ_ONLY,
    WRONG_FORMAT,
    OTHER
  }

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
