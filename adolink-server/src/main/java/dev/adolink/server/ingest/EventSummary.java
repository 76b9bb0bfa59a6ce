package dev.adolink.server.ingest;

import dev.adolink.server.tracker.StackFrame;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an issue shows of an event (sentry-protocol.md §5): its title ({@code Type: value}, else the
 * message's first line), its culprit (the transaction, else where the newest in-app frame is), and
 * the main stack trace as tracker frames (oldest first, as code mappings and stack-trace links read
 * them).
 */
record EventSummary(String title, @Nullable String culprit, List<StackFrame> frames) {

  private static final int MAX_TITLE = 100;
  private static final int MAX_CULPRIT = 200;

  static EventSummary of(SentryEvent event) {
    List<SentryEvent.Frame> frames = mainFrames(event);
    return new EventSummary(title(event, frames), culprit(event, frames), stackFrames(frames));
  }

  private static String title(SentryEvent event, List<SentryEvent.Frame> frames) {
    if (!event.exceptions().isEmpty()) {
      SentryEvent.ExceptionValue main = event.exceptions().get(event.exceptions().size() - 1);
      String type = main.type();
      String message = firstLine(event.message());
      if ((main.synthetic() || type == null) && message != null) {
        // a message captured with a stack trace (JS attachStacktrace): the message is the title
        return message;
      }
      if (main.synthetic() || type == null) {
        type =
            frames.isEmpty() || frames.get(frames.size() - 1).function() == null
                ? (type == null ? "Error" : "<unknown>")
                : frames.get(frames.size() - 1).function();
      }
      String value = firstLine(main.value());
      return value == null ? type : cut(type + ": " + value, MAX_TITLE + type.length() + 2);
    }
    String message = firstLine(event.message());
    return message == null ? "<unlabeled event>" : message;
  }

  private static @Nullable String culprit(SentryEvent event, List<SentryEvent.Frame> frames) {
    if (event.transaction() != null) {
      return cut(event.transaction(), MAX_CULPRIT);
    }
    if (!event.exceptions().isEmpty()
        && event.exceptions().get(event.exceptions().size() - 1).synthetic()) {
      return null;
    }
    SentryEvent.Frame chosen = null;
    for (int i = frames.size() - 1; i >= 0; i--) {
      if (frames.get(i).inApp()) {
        chosen = frames.get(i);
        break;
      }
    }
    if (chosen == null && !frames.isEmpty()) {
      chosen = frames.get(frames.size() - 1);
    }
    if (chosen == null) {
      return event.requestUrl() == null ? null : cut(event.requestUrl(), MAX_CULPRIT);
    }
    String where = chosen.module() != null ? chosen.module() : chosen.filename();
    if (where == null) {
      where = chosen.absPath();
    }
    String function = chosen.function() == null ? "?" : chosen.function();
    String platform = chosen.platform() == null ? "" : chosen.platform();
    String text =
        switch (platform) {
          case "javascript", "node" -> function + "(" + (where == null ? "?" : where) + ")";
          case "native", "cocoa", "objc", "c" -> function;
          default -> (where == null ? "?" : where) + " in " + function;
        };
    return cut(text, MAX_CULPRIT);
  }

  /** The outermost exception's frames, else the crashed (or only) thread's, else the event's. */
  static List<SentryEvent.Frame> mainFrames(SentryEvent event) {
    for (int i = event.exceptions().size() - 1; i >= 0; i--) {
      if (!event.exceptions().get(i).frames().isEmpty()) {
        return event.exceptions().get(i).frames();
      }
    }
    for (SentryEvent.ThreadValue thread : event.threads()) {
      if (thread.crashed() && !thread.frames().isEmpty()) {
        return thread.frames();
      }
    }
    List<SentryEvent.ThreadValue> withFrames =
        event.threads().stream().filter(thread -> !thread.frames().isEmpty()).toList();
    if (withFrames.size() == 1) {
      return withFrames.get(0).frames();
    }
    return event.stacktrace();
  }

  /**
   * Tracker frames: a Java frame without {@code abs_path} gets its source path from its module
   * ({@code com.acme.App$Inner} in {@code App.java} → {@code com/acme/App.java}), as Sentry munges
   * it for suspect commits and code mappings.
   */
  private static List<StackFrame> stackFrames(List<SentryEvent.Frame> frames) {
    List<StackFrame> out = new ArrayList<>();
    for (SentryEvent.Frame frame : frames) {
      String filename = frame.filename();
      if (filename == null) {
        filename = frame.absPath() != null ? frame.absPath() : frame.module();
      }
      if (filename == null) {
        filename = "<unknown>";
      }
      String absPath = frame.absPath();
      if (absPath == null && "java".equals(frame.platform()) && frame.module() != null) {
        absPath = javaPath(frame.module(), frame.filename());
      }
      out.add(
          new StackFrame(
              cut(filename, 1000),
              absPath == null ? null : cut(absPath, 2000),
              frame.lineno(),
              frame.function() == null ? null : cut(frame.function(), 1000),
              frame.inApp()));
    }
    return out;
  }

  static @Nullable String javaPath(String module, @Nullable String filename) {
    if (filename == null || !filename.contains(".")) {
      return null;
    }
    String type = module.contains("$") ? module.substring(0, module.indexOf('$')) : module;
    int dot = type.lastIndexOf('.');
    String packagePath = dot < 0 ? "" : type.substring(0, dot).replace('.', '/') + "/";
    return packagePath + filename;
  }

  private static @Nullable String firstLine(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String line =
        text.lines()
            .map(String::strip)
            .filter(candidate -> !candidate.isEmpty())
            .findFirst()
            .orElse(null);
    return line == null ? null : cut(line, MAX_TITLE);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
