package dev.adolink.server.ingest;

import dev.adolink.server.tracker.Level;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event after normalization (sentry-protocol.md §4): every field in one form, frames oldest
 * first, exceptions oldest first (the last is the outermost). {@code data} is the normalized event
 * as stored and shown by the events API.
 */
record SentryEvent(
    String eventId,
    Instant timestamp,
    Level level,
    String platform,
    @Nullable String release,
    @Nullable String environment,
    @Nullable String transaction,
    @Nullable String logger,
    @Nullable String message,
    @Nullable String messageTemplate,
    List<ExceptionValue> exceptions,
    List<ThreadValue> threads,
    List<Frame> stacktrace,
    Map<String, String> tags,
    @Nullable String userKey,
    @Nullable List<String> fingerprint,
    @Nullable String requestUrl,
    ObjectNode data) {

  SentryEvent {
    exceptions = List.copyOf(exceptions);
    threads = List.copyOf(threads);
    stacktrace = List.copyOf(stacktrace);
    tags = Map.copyOf(tags);
    fingerprint = fingerprint == null ? null : List.copyOf(fingerprint);
  }

  /** One exception of the chain; {@code synthetic}: the type was made up by the SDK. */
  record ExceptionValue(
      @Nullable String type,
      @Nullable String value,
      @Nullable String module,
      boolean synthetic,
      List<Frame> frames) {

    ExceptionValue {
      frames = List.copyOf(frames);
    }
  }

  record ThreadValue(boolean crashed, boolean current, List<Frame> frames) {
    ThreadValue {
      frames = List.copyOf(frames);
    }
  }

  record Frame(
      @Nullable String filename,
      @Nullable String absPath,
      @Nullable String module,
      @Nullable String function,
      @Nullable String rawFunction,
      @Nullable Integer lineno,
      @Nullable Integer colno,
      @Nullable String contextLine,
      @Nullable String packageName,
      @Nullable String platform,
      boolean inApp) {}
}
