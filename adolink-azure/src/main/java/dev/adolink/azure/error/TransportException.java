package dev.adolink.azure.error;

/** No HTTP response: connection refused or reset, timeout, TLS failure, or an interrupted wait. */
public class TransportException extends AzureDevOpsException {
  public TransportException(String method, String url, String problem, Throwable cause) {
    super(method, url, 0, null, problem, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
