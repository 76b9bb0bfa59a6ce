package dev.adolink.server.scm;

import java.util.List;
import java.util.Optional;

/**
 * The stack root and source root that map a frame's path to a file's path, found the way Sentry's
 * code mapping derivation finds them ({@code find_roots} in {@code
 * src/sentry/issues/auto_source_code_config/code_mapping.py}): when the frame's path is the end of
 * the file's path, both roots keep the frame's first folder ({@code app/} → {@code src/app/}), so
 * the mapping covers that package and not every frame; otherwise the longest end the two paths
 * share decides.
 */
final class PathRoots {

  record Roots(String stackRoot, String sourceRoot) {}

  private PathRoots() {}

  /**
   * @param framePath the frame's path ({@link FramePaths#of})
   * @param sourcePath the file's path in the repository
   * @return empty when the two paths do not even share their file name
   */
  static Optional<Roots> find(String framePath, String sourcePath) {
    String stack = framePath.replace('\\', '/');
    String lead = "";
    while (stack.startsWith("/")) {
      lead = "/";
      stack = stack.substring(1);
    }
    String source = sourcePath.replace('\\', '/');
    while (source.startsWith("/")) {
      source = source.substring(1);
    }
    if (stack.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    if (stack.equals(source)) {
      return Optional.of(new Roots(lead, ""));
    }
    if (source.endsWith("/" + stack)) {
      String prefix = source.substring(0, source.length() - stack.length());
      int slash = stack.indexOf('/');
      if (slash < 0) {
        return Optional.of(new Roots(lead, prefix));
      }
      String first = stack.substring(0, slash + 1);
      return Optional.of(new Roots(lead + first, prefix + first));
    }
    if (stack.endsWith("/" + source)) {
      return Optional.of(
          new Roots(lead + stack.substring(0, stack.length() - source.length()), ""));
    }
    List<String> parts = List.of(stack.split("/"));
    for (int i = 1; i < parts.size(); i++) {
      String overlap = String.join("/", parts.subList(i, parts.size()));
      if (source.endsWith("/" + overlap)) {
        return Optional.of(
            new Roots(
                lead + String.join("/", parts.subList(0, i)) + "/",
                source.substring(0, source.length() - overlap.length())));
      }
    }
    return Optional.empty();
  }
}
