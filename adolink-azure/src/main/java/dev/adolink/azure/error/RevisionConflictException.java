package dev.adolink.azure.error;

import org.jspecify.annotations.Nullable;

/**
 * 412: a JSON Patch {@code test} operation failed, usually {@code /rev} because the work item was
 * changed since it was read. Read it again and re-apply.
 */
public class RevisionConflictException extends AzureDevOpsException {
  public RevisionConflictException(
      String method, String url, @Nullable String typeKey, @Nullable String serverMessage) {
    super(method, url, 412, typeKey, serverMessage, null);
  }
}
