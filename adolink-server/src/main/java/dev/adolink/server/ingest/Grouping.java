package dev.adolink.server.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sentry's default grouping ({@code newstyle:2023-01-11}, sentry-protocol.md §5), documented with
 * examples in {@code GROUPING.md}: the explicit fingerprint (with {@code {{ default }}}), else the
 * exception chain (frames and types; the value only without frames), else the one thread's or the
 * event's stack trace, else the message with its parameters replaced. Frames contribute module (or
 * file name), function and, for script platforms, the context line; never line numbers. The app
 * variant (in-app frames only) is used when an in-app frame contributes, else the system variant.
 * The hash is the MD5 of the contributing values in order.
 */
final class Grouping {

  /** The hash and what made it (for the event JSON and tests). */
  record Result(String hash, String variant, List<String> values) {}

  private static final Set<String> CONTEXT_LINE_PLATFORMS =
      Set.of("javascript", "node", "python", "php", "ruby");
  private static final Pattern DEFAULT = Pattern.compile("\\{\\{\\s*default\\s*}}");
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z_.]+)\\s*}}");
  private static final Pattern GENERATED_ACCESSOR =
      Pattern.compile(
          "(.*?)(GeneratedMethodAccessor|GeneratedConstructorAccessor"
              + "|GeneratedSerializationConstructorAccessor)\\d+");
  private static final Pattern GENERATED_CLASS =
      Pattern.compile(
          ".*(\\$\\$\\w*(CGLIB|EnhancerBy|FastClassBy|HibernateProxy|javassist)\\w*\\$\\$\\w*"
              + "|\\$\\$_javassist_\\d+|\\$fn__\\d+|\\$HibernateProxy\\$\\w+).*");

  private Grouping() {}

  static Result of(SentryEvent event) {
    List<String> app = defaults(event, true);
    List<String> system = defaults(event, false);
    boolean useApp = !app.isEmpty() && appFramesContribute(event);
    List<String> chosen = useApp ? app : system;
    String variant = useApp ? "app" : "system";
    if (event.fingerprint() != null) {
      List<String> values = new ArrayList<>();
      boolean withDefault = false;
      for (String part : event.fingerprint()) {
        if (DEFAULT.matcher(part).matches()) {
          values.addAll(chosen);
          withDefault = true;
        } else {
          values.add(resolve(part, event));
        }
      }
      return new Result(
          md5(values), withDefault ? variant + "+fingerprint" : "fingerprint", values);
    }
    if (chosen.isEmpty()) {
      return new Result(md5(List.of()), "fallback", List.of());
    }
    return new Result(md5(chosen), variant, chosen);
  }

  private static boolean appFramesContribute(SentryEvent event) {
    return allFrames(event).stream()
        .anyMatch(frame -> frame.inApp() && !frameValues(frame).isEmpty());
  }

  private static List<SentryEvent.Frame> allFrames(SentryEvent event) {
    List<SentryEvent.Frame> frames = new ArrayList<>();
    if (!event.exceptions().isEmpty()) {
      event.exceptions().forEach(exception -> frames.addAll(exception.frames()));
    } else if (singleThread(event) != null) {
      frames.addAll(Objects.requireNonNull(singleThread(event)).frames());
    } else {
      frames.addAll(event.stacktrace());
    }
    return frames;
  }

  /** The contributing values of the default grouping, for one variant; empty if none. */
  static List<String> defaults(SentryEvent event, boolean appOnly) {
    List<String> values = new ArrayList<>();
    if (!event.exceptions().isEmpty()) {
      for (SentryEvent.ExceptionValue exception : event.exceptions()) {
        List<String> frames = stacktrace(exception.frames(), appOnly);
        values.addAll(frames);
        if (!exception.synthetic() && exception.type() != null) {
          values.add(exception.type());
        }
        if (frames.isEmpty() && exception.value() != null) {
          values.add(normalizeMessage(exception.value()));
        }
      }
      return values;
    }
    SentryEvent.ThreadValue thread = singleThread(event);
    if (thread != null) {
      values.addAll(stacktrace(thread.frames(), appOnly));
      if (!values.isEmpty()) {
        return values;
      }
    }
    values.addAll(stacktrace(event.stacktrace(), appOnly));
    if (!values.isEmpty()) {
      return values;
    }
    String message = event.messageTemplate() != null ? event.messageTemplate() : event.message();
    if (message != null) {
      values.add(normalizeMessage(message));
    }
    return values;
  }

  private static SentryEvent.@Nullable ThreadValue singleThread(SentryEvent event) {
    List<SentryEvent.ThreadValue> withFrames =
        event.threads().stream().filter(thread -> !thread.frames().isEmpty()).toList();
    return withFrames.size() == 1 ? withFrames.get(0) : null;
  }

  private static List<String> stacktrace(List<SentryEvent.Frame> frames, boolean appOnly) {
    List<String> values = new ArrayList<>();
    SentryEvent.Frame previous = null;
    for (SentryEvent.Frame frame : frames) {
      if (previous != null && sameFrame(previous, frame)) {
        continue;
      }
      previous = frame;
      if (appOnly && !frame.inApp()) {
        continue;
      }
      values.addAll(frameValues(frame));
    }
    return values;
  }

  private static boolean sameFrame(SentryEvent.Frame a, SentryEvent.Frame b) {
    return Objects.equals(a.absPath(), b.absPath())
        && Objects.equals(a.packageName(), b.packageName())
        && Objects.equals(a.module(), b.module())
        && Objects.equals(a.filename(), b.filename())
        && Objects.equals(a.function(), b.function())
        && Objects.equals(a.lineno(), b.lineno())
        && Objects.equals(a.colno(), b.colno());
  }

  /** What one frame contributes: module or file name, function, and maybe its context line. */
  static List<String> frameValues(SentryEvent.Frame frame) {
    List<String> values = new ArrayList<>();
    String platform = frame.platform() == null ? "other" : frame.platform();
    boolean script = platform.equals("javascript") || platform.equals("node");
    String module = module(frame.module(), platform);
    if (module != null) {
      values.add(module);
    } else {
      String filename = filename(frame, script);
      if (filename != null) {
        values.add(filename);
      }
    }
    String function = function(frame, platform, script);
    if (function != null) {
      values.add(function);
    }
    if (CONTEXT_LINE_PLATFORMS.contains(platform) && frame.contextLine() != null) {
      String line = frame.contextLine().strip().replaceAll("\\s+", " ");
      if (!line.isEmpty() && line.length() <= 120) {
        values.add(line);
      }
    }
    return values;
  }

  private static @Nullable String module(@Nullable String module, String platform) {
    if (module == null || module.isBlank()) {
      return null;
    }
    if (platform.equals("java")) {
      if (module.contains("$$Lambda$") || module.contains("$$Lambda/")) {
        return null;
      }
      var accessor = GENERATED_ACCESSOR.matcher(module);
      if (accessor.matches()) {
        return accessor.group(1) + accessor.group(2);
      }
      if (GENERATED_CLASS.matcher(module).matches()) {
        return "<auto>";
      }
    }
    return module;
  }

  private static @Nullable String filename(SentryEvent.Frame frame, boolean script) {
    String filename = frame.filename() != null ? frame.filename() : frame.absPath();
    if (filename == null) {
      return null;
    }
    if (script
        && frame.absPath() != null
        && (frame.absPath().startsWith("http://") || frame.absPath().startsWith("https://"))) {
      return null;
    }
    if (filename.equals("<anonymous>") || filename.equals("[native code]")) {
      return null;
    }
    int slash = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
    return filename.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

  private static @Nullable String function(
      SentryEvent.Frame frame, String platform, boolean script) {
    String function =
        platform.equals("csharp") && frame.rawFunction() != null
            ? frame.rawFunction()
            : frame.function() != null ? frame.function() : frame.rawFunction();
    if (function == null || function.isBlank()) {
      return null;
    }
    function = function.strip();
    if (platform.equals("java") && function.startsWith("lambda$")) {
      return null;
    }
    if (script) {
      if (function.equals("?") || function.equals("<anonymous>")) {
        return null;
      }
      int dot = function.lastIndexOf('.');
      function = function.substring(dot + 1);
      return function.isEmpty() || function.equals("<anonymous>") ? null : function;
    }
    if (platform.equals("ruby") && function.startsWith("block ")) {
      return "block";
    }
    if (function.equals("<unknown>")) {
      return null;
    }
    return function;
  }

  private static String resolve(String part, SentryEvent event) {
    var matcher = VARIABLE.matcher(part.strip());
    if (!matcher.matches()) {
      return part;
    }
    SentryEvent.ExceptionValue main =
        event.exceptions().isEmpty() ? null : event.exceptions().get(event.exceptions().size() - 1);
    String value =
        switch (matcher.group(1)) {
          case "transaction" ->
              event.transaction() == null ? "<no-transaction>" : event.transaction();
          case "type", "error.type" ->
              main == null || main.type() == null ? "<no-type>" : main.type();
          case "value", "error.value" ->
              main == null || main.value() == null ? "<no-value>" : main.value();
          case "function" -> {
            List<SentryEvent.Frame> frames = main == null ? event.stacktrace() : main.frames();
            yield frames.isEmpty() || frames.get(frames.size() - 1).function() == null
                ? "<no-function>"
                : frames.get(frames.size() - 1).function();
          }
          case "module" -> {
            List<SentryEvent.Frame> frames = main == null ? event.stacktrace() : main.frames();
            yield frames.isEmpty() || frames.get(frames.size() - 1).module() == null
                ? "<no-module>"
                : frames.get(frames.size() - 1).module();
          }
          case "level" -> event.level().wire();
          case "logger" -> event.logger() == null ? "<no-logger>" : event.logger();
          case "message" -> event.message() == null ? "<no-message>" : event.message();
          default -> part;
        };
    return value;
  }

  private static final List<Replacement> PARAMETERS =
      List.of(
          new Replacement("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "<email>"),
          new Replacement("\\b[a-z][a-z0-9+.-]*://[^\\s]+", "<url>"),
          new Replacement("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b", "<ip>"),
          new Replacement(
              "\\b[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\\b",
              "<uuid>"),
          new Replacement("\\b[0-9a-fA-F]{40}\\b", "<sha1>"),
          new Replacement("\\b[0-9a-fA-F]{32}\\b", "<md5>"),
          new Replacement(
              "\\b\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?\\b",
              "<date>"),
          new Replacement(
              "\\b\\d+(\\.\\d+)?\\s?(ms|s|sec|seconds|min|minutes|h|hours)\\b", "<duration>"),
          new Replacement("\\b0[xX][0-9a-fA-F]+\\b", "<hex>"),
          new Replacement("(?<=[^\\w.])-?\\d+\\.\\d+\\b|^-?\\d+\\.\\d+\\b", "<float>"),
          new Replacement("\\b-?\\d+\\b", "<int>"),
          new Replacement("(?<==)(true|false)\\b", "<bool>"),
          new Replacement("(?<==)('[^']*'|\"[^\"]*\")", "<quoted_str>"));

  private record Replacement(Pattern pattern, String with) {
    Replacement(String regex, String with) {
      this(Pattern.compile(regex), with);
    }
  }

  /**
   * The first two non-empty lines ({@code ...} appended when cut), with parameters replaced by
   * placeholders ({@code <int>}, {@code <uuid>}, …) so that the same message with other values
   * groups together.
   */
  static String normalizeMessage(String message) {
    List<String> lines =
        message.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    String text = String.join("\n", lines.subList(0, Math.min(2, lines.size())));
    if (lines.size() > 2) {
      text += "...";
    }
    for (Replacement replacement : PARAMETERS) {
      text = replacement.pattern().matcher(text).replaceAll(replacement.with());
    }
    return text;
  }

  static String md5(List<String> values) {
    try {
      MessageDigest digest = MessageDigest.getInstance("MD5");
      for (String value : values) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
