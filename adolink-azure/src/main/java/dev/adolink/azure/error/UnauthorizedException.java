package dev.adolink.azure.error;

import org.jspecify.annotations.Nullable;

/**
 * The credentials were rejected: a 401, or a success status whose body is not JSON (ADO answers a
 * bad token with 203 and an HTML sign-in page when it does not honour {@code
 * X-TFS-FedAuthRedirect}).
 */
public class UnauthorizedException extends AzureDevOpsException {
  public UnauthorizedException(
      String method,
      String url,
      int status,
      @Nullable String typeKey,
      @Nullable String serverMessage) {
    super(method, url, status, typeKey, serverMessage, null);
  }
}
