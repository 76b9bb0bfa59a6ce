package dev.adolink.server.jobs;

/** Thrown by a handler when retrying cannot help (e.g. a 4xx from Azure DevOps other than 429). */
public class PermanentJobFailure extends RuntimeException {

  public PermanentJobFailure(String message) {
    super(message);
  }

  public PermanentJobFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
