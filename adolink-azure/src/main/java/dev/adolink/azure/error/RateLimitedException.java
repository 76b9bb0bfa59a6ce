package dev.adolink.azure.error;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * 429 (ADO's TF400733 "request was blocked"), still blocked after the client's bounded retries, or
 * with a {@code Retry-After} longer than the client is configured to wait. Retry after {@link
 * #retryAfter()}.
 */
public class RateLimitedException extends AzureDevOpsException {

  private final Duration retryAfter;

  public RateLimitedException(
      String method,
      String url,
      @Nullable String typeKey,
      @Nullable String serverMessage,
      Duration retryAfter) {
    super(method, url, 429, typeKey, serverMessage, null);
    this.retryAfter = retryAfter;
  }

  /** How long ADO asked callers to wait before the next request. */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
