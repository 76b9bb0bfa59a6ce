package dev.adolink.server.scm;

import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.StackFrame;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Links the in-app frames of an issue's stack trace to their files in Azure Repos: the code mapping
 * of the issue's project with the longest stack root the frame's path starts with maps it to a
 * repository path, which gets a web URL on the mapping's branch once ADO confirms the file exists
 * ({@link FileExistence}).
 */
@Component
class StacktraceLinks {

  private final CodeMappingRepository mappings;
  private final FileExistence files;

  StacktraceLinks(CodeMappingRepository mappings, FileExistence files) {
    this.mappings = mappings;
    this.files = files;
  }

  List<FrameLink> links(Issue issue) {
    List<CodeMapping> candidates = mappings.ofProject(issue.project().id());
    List<FrameLink> links = new ArrayList<>();
    for (StackFrame frame : issue.frames()) {
      if (Boolean.TRUE.equals(frame.inApp())) {
        links.add(link(frame, candidates));
      }
    }
    return links;
  }

  private FrameLink link(StackFrame frame, List<CodeMapping> candidates) {
    String framePath = normalize(frame.filename());
    Optional<CodeMapping> mapping = best(candidates, framePath);
    if (mapping.isEmpty() && frame.absPath() != null) {
      framePath = normalize(frame.absPath());
      mapping = best(candidates, framePath);
    }
    if (mapping.isEmpty()) {
      return new FrameLink(frame.filename(), frame.lineNo(), null, null, "no_code_mapping");
    }
    CodeMapping found = mapping.get();
    String rest = framePath.substring(normalize(found.stackRoot()).length());
    String sourcePath = join(normalize(found.sourceRoot()), rest);
    return switch (files.check(found.repo(), "/" + sourcePath, found.defaultBranch())) {
      case FOUND ->
          new FrameLink(
              frame.filename(),
              frame.lineNo(),
              url(found, sourcePath, frame.lineNo()),
              sourcePath,
              found.repo().url() == null ? "unavailable" : null);
      case MISSING ->
          new FrameLink(frame.filename(), frame.lineNo(), null, sourcePath, "file_not_found");
      case UNAVAILABLE ->
          new FrameLink(frame.filename(), frame.lineNo(), null, sourcePath, "unavailable");
    };
  }

  private static Optional<CodeMapping> best(List<CodeMapping> candidates, String framePath) {
    return candidates.stream()
        .filter(m -> framePath.startsWith(normalize(m.stackRoot())))
        .max(Comparator.comparingInt(m -> normalize(m.stackRoot()).length()));
  }

  /**
   * The file's page in the ADO web UI, as Sentry formats it ({@code ?path=%2F...&version=GB...})
   * plus the line.
   */
  static @Nullable String url(CodeMapping mapping, String sourcePath, @Nullable Integer line) {
    if (mapping.repo().url() == null) {
      return null;
    }
    StringBuilder url =
        new StringBuilder(mapping.repo().url())
            .append("?path=")
            .append(encode("/" + sourcePath))
            .append("&version=GB")
            .append(encode(mapping.defaultBranch()));
    if (line != null && line > 0) {
      url.append("&line=").append(line).append("&lineEnd=").append(line + 1);
      url.append("&lineStartColumn=1&lineEndColumn=1&lineStyle=plain&_a=contents");
    }
    return url.toString();
  }

  /** Forward slashes, no leading {@code ./} or {@code /}. */
  static String normalize(String path) {
    String normalized = path.replace('\\', '/');
    while (normalized.startsWith("./") || normalized.startsWith("/")) {
      normalized = normalized.substring(normalized.startsWith("./") ? 2 : 1);
    }
    return normalized;
  }

  private static String join(String root, String rest) {
    String tail = normalize(rest);
    if (root.isEmpty()) {
      return tail;
    }
    return root.endsWith("/") ? root + tail : root + "/" + tail;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
