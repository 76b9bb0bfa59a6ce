package dev.adolink.azure.error;

import org.jspecify.annotations.Nullable;

/**
 * A successful JSON response that does not have the shape the client expects. The client reads
 * tolerantly (unknown properties, unknown enum values and number/string mix-ups are accepted), so
 * this points at a real incompatibility.
 */
public class DecodeException extends AzureDevOpsException {
  public DecodeException(
      String method, String url, int status, String problem, @Nullable Throwable cause) {
    super(method, url, status, null, problem, cause);
  }
}
