package dev.adolink.azure.wit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one write of a {@code $batch}: the work item on success, ADO's error otherwise,
 * classified by {@link #failure()}.
 *
 * @param status the HTTP status of this write (ADO's {@code code})
 * @param ruleFields the reference names of the fields whose rules the write broke ({@code
 *     customProperties.RuleValidationErrors}), when ADO named them
 */
public record BatchResult(
    int status,
    @Nullable WorkItem workItem,
    @Nullable String typeKey,
    @Nullable String message,
    List<String> ruleFields) {

  private static final Pattern RULE_FIELD =
      Pattern.compile("Rule Error for field (.+?)\\.(?:\\s|$)|The field '([^']+)'");

  public BatchResult {
    ruleFields = List.copyOf(ruleFields);
  }

  public BatchResult(
      int status, @Nullable WorkItem workItem, @Nullable String typeKey, @Nullable String message) {
    this(status, workItem, typeKey, message, List.of());
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300 && workItem != null;
  }

  /** Why ADO refused the write; {@code null} for a success. */
  public @Nullable Failure failure() {
    if (isSuccess()) {
      return null;
    }
    String text = message == null ? "" : message;
    if (status == 404 || text.contains("TF401232")) {
      return new NotFound();
    }
    if (status == 429) {
      return new Throttled();
    }
    if (status == 409 || text.contains("TF26071")) {
      return new Conflict();
    }
    if (status >= 500) {
      return new Unavailable();
    }
    boolean rule =
        (typeKey != null && typeKey.contains("RuleValidation"))
            || text.contains("TF401320")
            || text.contains("supported values");
    if (status == 400 && rule) {
      List<String> fields = new ArrayList<>(ruleFields);
      Matcher named = RULE_FIELD.matcher(text);
      while (named.find()) {
        fields.add(named.group(1) != null ? named.group(1) : named.group(2));
      }
      return new RuleViolation(fields);
    }
    return new Refused();
  }

  /** How a write failed. */
  public sealed interface Failure
      permits RuleViolation, NotFound, Conflict, Throttled, Unavailable, Refused {}

  /**
   * A field rule was broken (TF401320): a required field empty, a value not allowed, a state the
   * type does not have.
   *
   * @param fields the fields ADO named: reference names and display names, as it gave them
   */
  public record RuleViolation(List<String> fields) implements Failure {

    public RuleViolation {
      fields = List.copyOf(fields);
    }

    /** Whether ADO named one of these fields (reference or display names, any case). */
    public boolean names(String... names) {
      for (String field : fields) {
        for (String name : names) {
          if (field.trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** The work item does not exist (TF401232, or deleted). */
  public record NotFound() implements Failure {}

  /** Another change came first (revision conflict). */
  public record Conflict() implements Failure {}

  /** Too many requests. */
  public record Throttled() implements Failure {}

  /** ADO failed (5xx). */
  public record Unavailable() implements Failure {}

  /** Any other refusal. */
  public record Refused() implements Failure {}
}
