package dev.adolink.server.tracker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One frame of an issue's stack trace, in Sentry's field names.
 *
 * @param module the Java package and class ({@code com.acme.App}), where the platform has one
 */
public record StackFrame(
    @NotBlank @Size(max = 1000) String filename,
    @Nullable @Size(max = 2000) String absPath,
    @Nullable Integer lineNo,
    @Nullable @Size(max = 1000) String function,
    @Nullable Boolean inApp,
    @Nullable @Size(max = 1000) String module) {

  public StackFrame(
      String filename,
      @Nullable String absPath,
      @Nullable Integer lineNo,
      @Nullable String function,
      @Nullable Boolean inApp) {
    this(filename, absPath, lineNo, function, inApp, null);
  }
}
