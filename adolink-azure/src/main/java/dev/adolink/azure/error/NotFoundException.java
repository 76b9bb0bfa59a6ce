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

  /**
   * Whether ADO says the work item itself does not exist (TF401232; deleted, or never was), rather
   * than another resource (a comment, a project).
   */
  public boolean isWorkItemMissing() {
    return serverMessage() != null && serverMessage().contains("TF401232");
  }
}
