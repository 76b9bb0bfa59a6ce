package dev.adolink.server.scm;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.system.ApiException;
import java.util.function.Supplier;

/**
 * Azure DevOps calls made while answering a request, and what their failures answer: 503 when ADO
 * is unavailable (server errors, throttling, no connection: worth trying later), 409 while the
 * installation awaits re-authorization, 400 when ADO refuses the request.
 */
final class AdoRequests {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AdoRequests.class);

  private AdoRequests() {}

  static <T> T call(Supplier<T> call, Supplier<ApiException> notFound) {
    try {
      return call.get();
    } catch (InstallationPausedException e) {
      throw ApiException.conflict("installation", e.getMessage());
    } catch (NotFoundException e) {
      throw notFound.get();
    } catch (AzureDevOpsException e) {
      log.warn("Azure DevOps call failed", e);
      if (e.isRetryable()) {
        throw ApiException.unavailable(
            "Azure DevOps did not answer (it may be down or throttling); try again in a minute.");
      }
      throw ApiException.badRequest(
          "Azure DevOps refused the request"
              + (e.serverMessage() == null ? "." : ": " + e.serverMessage()));
    }
  }
}
