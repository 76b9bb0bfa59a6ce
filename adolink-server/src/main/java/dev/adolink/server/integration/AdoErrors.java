package dev.adolink.server.integration;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.error.RateLimitedException;
import dev.adolink.azure.error.ReauthorizationRequiredException;
import dev.adolink.azure.error.RuleValidationException;
import dev.adolink.azure.error.UnauthorizedException;
import dev.adolink.server.system.ApiException;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A failure of a call to Azure DevOps as the sentence a person reads on a page, a rule or a job:
 * what happened and what to do, never a class name, a request URL or a stack trace (those go to the
 * log). ADO's own message ({@code TF401320: ...}) is kept where it names what ADO refused.
 */
public final class AdoErrors {

  private AdoErrors() {}

  public static String sentence(Throwable failure) {
    if (failure instanceof InstallationPausedException paused) {
      return "The Azure DevOps connection is paused until it is re-authorized ("
          + paused.getMessage()
          + "). Reconnect it on the integration page.";
    }
    if (failure instanceof ApiException refused) {
      return refused.getMessage();
    }
    if (failure instanceof RuleValidationException rules) {
      String said =
          rules.serverMessage() != null
              ? stripped(rules.serverMessage())
              : rules.violations().stream()
                  .map(RuleValidationException.Violation::errorMessage)
                  .filter(Objects::nonNull)
                  .collect(Collectors.joining("; "));
      return "Azure DevOps refused the work item: "
          + said
          + ". Fix the values on the form or rule and try again.";
    }
    if (failure instanceof UnauthorizedException
        || failure instanceof ReauthorizationRequiredException) {
      return "Azure DevOps did not accept adolink's credentials (the token may have expired or"
          + " lost access). Reconnect the integration.";
    }
    if (failure instanceof RateLimitedException) {
      return "Azure DevOps asked adolink to slow down; adolink tries again later.";
    }
    if (failure instanceof AzureDevOpsException ado) {
      if (ado.isRetryable()) {
        return "Azure DevOps did not answer (it may be down or slow); adolink tries again later.";
      }
      String said = ado.serverMessage() == null ? "" : ": " + stripped(ado.serverMessage());
      if (ado instanceof NotFoundException) {
        return "Azure DevOps could not find what adolink asked for" + said + ".";
      }
      return "Azure DevOps refused the request" + said + ".";
    }
    return "Something went wrong inside adolink; the server log has the details.";
  }

  private static String stripped(String message) {
    String text = message.strip();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
