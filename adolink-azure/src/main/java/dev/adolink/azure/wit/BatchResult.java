package dev.adolink.azure.wit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one write of a {@code $batch}: the work item on success, ADO's error otherwise.
 *
 * @param status the HTTP status of this write (ADO's {@code code})
 */
public record BatchResult(
    int status, @Nullable WorkItem workItem, @Nullable String typeKey, @Nullable String message) {

  public boolean isSuccess() {
    return status >= 200 && status < 300 && workItem != null;
  }
}
