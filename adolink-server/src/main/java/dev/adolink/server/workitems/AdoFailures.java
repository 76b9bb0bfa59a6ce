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

/**
 * What a user sees when Azure DevOps refuses or fails a request: a broken field rule ({@code
 * TF401320}) or another 400 naming a field becomes a 400 naming the form field; a paused
 * installation a 409; no answer at all a 502 that says so; anything else a 502 with ADO's message.
 */
final class AdoFailures {

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
      return e.namedField()
          .map(
              field ->
                  ApiException.invalid(
                      fieldNamed(field), "was refused by Azure DevOps: " + message))
          .orElseGet(() -> ApiException.badRequest("Azure DevOps refused the request: " + message));
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
      errors.putIfAbsent(field, describe(violation));
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
  private static String describe(RuleValidationException.Violation violation) {
    String message = violation.errorMessage() == null ? "" : violation.errorMessage();
    String rule =
        switch (violation.rule()) {
          case REQUIRED -> "is required";
          case NOT_ALLOWED -> "is not one of the allowed values";
          case TOO_LONG -> "is too long";
          case READ_ONLY -> "cannot be changed";
          case WRONG_FORMAT -> "has the wrong format";
          case OTHER -> "was refused";
        };
    return message.isEmpty() ? rule : rule + " (" + message + ")";
  }
}
