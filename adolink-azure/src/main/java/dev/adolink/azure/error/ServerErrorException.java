package dev.adolink.azure.error;

import org.jspecify.annotations.Nullable;

/** 5xx: ADO failed or is unavailable (503 is retried by the client before this is thrown). */
public class ServerErrorException extends AzureDevOpsException {
  public ServerErrorException(
      String method,
      String url,
      int status,
      @Nullable String typeKey,
      @Nullable String serverMessage) {
    super(method, url, status, typeKey, serverMessage, null);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
