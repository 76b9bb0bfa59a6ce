package dev.adolink.server.tracker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * @param release the release it occurred in (its first and last release)
 */
public record NewIssue(
    String title,
    @Nullable String culprit,
    Level level,
    @Nullable String message,
    List<StackFrame> frames,
    @Nullable String release) {

  public NewIssue {
    frames = List.copyOf(frames);
  }

  public NewIssue(
      String title,
      @Nullable String culprit,
      Level level,
      @Nullable String message,
      List<StackFrame> frames) {
    this(title, culprit, level, message, frames, null);
  }
}
