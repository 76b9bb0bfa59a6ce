package dev.adolink.azure.transport;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.error.RateLimitedException;
import dev.adolink.azure.error.RevisionConflictException;
import dev.adolink.azure.error.RuleValidationException;
import dev.adolink.azure.error.ServerErrorException;
import dev.adolink.azure.error.UnauthorizedException;
import java.time.Duration;

/** Maps an HTTP answer to success or to the exception family, in one place. */
final class ErrorMapper {

  private ErrorMapper() {}

  /**
   * Whether a 2xx answer is a real success. ADO answers a bad token with 203 and an HTML sign-in
   * page when it ignores {@code X-TFS-FedAuthRedirect: Suppress}, so a 203, or a non-JSON body
   * where JSON was asked for, is an authentication failure.
   */
  static boolean isSignInPage(int status, String contentType, byte[] body, String accept) {
    if (status == 203) {
      return true;
    }
    return body.length > 0 && accept.equals(ApiCall.JSON) && !ErrorBody.isJson(contentType);
  }

  static AzureDevOpsException failure(
      String method, String url, int status, ErrorBody error, Duration retryAfter) {
    String typeKey = error.typeKey();
    String message = error.message();
    if (status == 401 || (status >= 200 && status < 400)) {
      return new UnauthorizedException(
          method, url, status, typeKey, message == null ? "credentials rejected" : message);
    }
    if (status == 404) {
      return new NotFoundException(method, url, typeKey, message);
    }
    if (status == 412) {
      return new RevisionConflictException(method, url, typeKey, message);
    }
    if (status == 429) {
      return new RateLimitedException(method, url, typeKey, message, retryAfter);
    }
    if (status >= 500) {
      return new ServerErrorException(method, url, status, typeKey, message);
    }
    if (status == 400
        && ("RuleValidationException".equals(typeKey)
            || !error.violations().isEmpty()
            || (message != null && message.startsWith("TF401320")))) {
      return new RuleValidationException(method, url, typeKey, message, error.violations());
    }
    return new AzureDevOpsException(method, url, status, typeKey, message, null);
  }
}
