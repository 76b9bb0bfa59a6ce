package dev.adolink.server.tracker;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One more event of an existing issue, as an application's SDK reported it: when it happened, its
 * release, and what the issue shows of its latest event (title, culprit, level, frames).
 */
public record EventOccurrence(
    String eventId,
    Instant seen,
    @Nullable String release,
    String title,
    @Nullable String culprit,
    Level level,
    List<StackFrame> frames) {

  public EventOccurrence {
    frames = List.copyOf(frames);
  }
}
