package dev.adolink.server.workitems;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.RuleValidationException;
import dev.adolink.azure.error.TransportException;
import dev.adolink.azure.wit.Fields;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.system.ApiException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user sees when Azure DevOps refuses or fails a request: a broken field rule ({@code
 * TF401320}) or another 400 naming a field becomes a 400 naming the form field; a paused
 * installation a 409; no answer at all a 502 that says so; anything else a 502 with ADO's message.
 */
final class AdoFailures {

  /**
   * The field an ADO message names: {@code field 'System.AreaPath'} (TF401347) or {@code for field
   * 'Assigned To'} (unknown identity).
   */
  private static final Pattern QUOTED_FIELD = Pattern.compile("field '([^']+)'");

  /** Display names ADO uses in messages, for the fields the form names itself. */
  private static final Map<String, String> DISPLAY_NAMES =
      Map.of(
          "title", WorkItemDraft.TITLE,
          "description", WorkItemDraft.DESCRIPTION,
          "area path", WorkItemDraft.AREA_PATH,
          "iteration path", WorkItemDraft.ITERATION_PATH,
          "tags", WorkItemDraft.TAGS,
          "assigned to", Fields.ASSIGNED_TO);

  private AdoFailures() {}

  /** Runs ADO calls made for a request, mapping their failures. */
  static <T> T call(Supplier<T> calls) {
    try {
      return calls.get();
    } catch (InstallationPausedException e) {
      throw ApiException.conflict("integration", "needs re-authorization: " + e.getMessage());
    } catch (AzureDevOpsException e) {
      throw of(e);
    }
  }

  static ApiException of(AzureDevOpsException e) {
    if (e instanceof RuleValidationException rules) {
      return rules(rules);
    }
    String message = e.serverMessage() == null ? e.getMessage() : e.serverMessage();
    if (e.status() == 400) {
      Matcher field = QUOTED_FIELD.matcher(message);
      return field.find()
          ? ApiException.invalid(
              fieldNamed(field.group(1)), "was refused by Azure DevOps: " + message)
          : ApiException.badRequest("Azure DevOps refused the request: " + message);
    }
    if (e instanceof TransportException) {
      return ApiException.badGateway(
          "Azure DevOps did not answer (the connection failed or timed out); what was asked may"
              + " or may not have happened there.");
    }
    return ApiException.badGateway("Azure DevOps failed: " + message);
  }

  /** Each broken rule under the form field it belongs to. */
  static ApiException rules(RuleValidationException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (RuleValidationException.Violation violation : e.violations()) {
      String field =
          violation.fieldReferenceName() == null
              ? "fields"
              : formName(violation.fieldReferenceName());
      errors.putIfAbsent(field, describe(violation.errorMessage()));
    }
    if (errors.isEmpty()) {
      return ApiException.badRequest(
          "Azure DevOps refused the work item: " + String.valueOf(e.serverMessage()));
    }
    return ApiException.invalid(errors);
  }

  private static String fieldNamed(String name) {
    String form = DISPLAY_NAMES.get(name.toLowerCase(Locale.ROOT));
    return form != null ? form : formName(name);
  }

  /** The create form's name for an ADO field. */
  static String formName(String referenceName) {
    return WorkItemDraft.FORM_NAMES.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(referenceName))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(referenceName);
  }

  /** {@code TF401320: Rule Error for field Team. Error code: Required, InvalidEmpty.} */
  private static String describe(@org.jspecify.annotations.Nullable String adoMessage) {
    String message = adoMessage == null ? "" : adoMessage;
    String rule;
    if (message.contains("InvalidEmpty")) {
      rule = "is required";
    } else if (message.contains("InvalidListValue")) {
      rule = "is not one of the allowed values";
    } else if (message.contains("InvalidTooLong")) {
      rule = "is too long";
    } else if (message.contains("InvalidNotOldValue") || message.contains("ReadOnly")) {
      rule = "cannot be changed";
    } else if (message.contains("InvalidFormat") || message.contains("InvalidType")) {
      rule = "has the wrong format";
    } else {
      rule = "was refused";
    }
    return message.isEmpty() ? rule : rule + " (" + message + ")";
  }
}
