package dev.adolink.azure.error;

import org.jspecify.annotations.Nullable;

/**
 * 404: the resource does not exist, or the caller may not see it (ADO does not tell them apart).
 */
public class NotFoundException extends AzureDevOpsException {
  public NotFoundException(
      String method, String url, @Nullable String typeKey, @Nullable String serverMessage) {
    super(method, url, 404, typeKey, serverMessage, null);
  }
}
