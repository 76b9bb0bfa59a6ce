package dev.adolink.server.scm;

import dev.adolink.server.tracker.StackFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The paths of stack frames as Sentry's suspect commits read them ({@code
 * src/sentry/utils/event_frames.py}): a Java frame's path is made from its module ({@code
 * com.acme.App} and {@code App.java} → {@code com/acme/App.java}, an inner class {@code A$B} is in
 * {@code A}'s file), any other frame's is its filename, else its absolute path.
 */
final class FramePaths {

  private FramePaths() {}

  /** The frame's path, with forward slashes. */
  static String of(StackFrame frame) {
    String module = frame.module();
    if (module != null && !module.isBlank() && !frame.filename().contains("/")) {
      String base = module.contains("$") ? module.substring(0, module.indexOf('$')) : module;
      String extension = extension(frame.absPath() != null ? frame.absPath() : frame.filename());
      return base.strip().replace('.', '/') + (extension.isEmpty() ? "" : "." + extension);
    }
    String path =
        frame.filename().isBlank() && frame.absPath() != null ? frame.absPath() : frame.filename();
    return path.replace('\\', '/');
  }

  /**
   * The frames suspect commits are looked for in, the crash first: the in-app frames (all frames
   * when none is in-app), at most {@code limit} of those nearest the crash. Frames are stored as
   * Sentry sends them, most recent call last.
   */
  static List<StackFrame> suspectFrames(List<StackFrame> frames, int limit) {
    List<StackFrame> inApp = frames.stream().filter(f -> Boolean.TRUE.equals(f.inApp())).toList();
    List<StackFrame> chosen = inApp.isEmpty() ? frames : inApp;
    List<StackFrame> nearest =
        new ArrayList<>(chosen.subList(Math.max(0, chosen.size() - limit), chosen.size()));
    java.util.Collections.reverse(nearest);
    return nearest;
  }

  /** The path's segments, split at {@code /} and {@code \}, empty ones dropped. */
  static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String part : path.split("[/\\\\]")) {
      if (!part.isEmpty()) {
        segments.add(part);
      }
    }
    return segments;
  }

  /** The last segment, lower case: what file changes are indexed by. */
  static String fileName(String path) {
    List<String> segments = segments(path);
    return segments.isEmpty() ? "" : segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
  }

  /** How many trailing segments the two paths share, compared case-insensitively. */
  static int trailingMatch(List<String> a, List<String> b) {
    int score = 0;
    for (int i = a.size() - 1, j = b.size() - 1; i >= 0 && j >= 0; i--, j--) {
      if (!a.get(i).equalsIgnoreCase(b.get(j))) {
        break;
      }
      score++;
    }
    return score;
  }

  private static String extension(@Nullable String path) {
    if (path == null) {
      return "";
    }
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(path.length() - (name.length() - dot - 1));
  }
}
