package dev.adolink.server.workitems;

import dev.adolink.server.system.SafeHtml;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.StackFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Work item descriptions: the default one written from an issue (a link back, the message and the
 * stack trace, in Markdown), and Markdown rendered to the HTML ADO stores. Raw HTML in the Markdown
 * is escaped, unsafe link targets are dropped, and the result goes through {@link SafeHtml}: the
 * text comes from error events.
 */
final class Descriptions {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private Descriptions() {}

  /**
   * {@code adolink issue: [APP-12](url)}, then the message and the stack trace, each in a fence.
   */
  static String of(Issue issue, String issueUrl) {
    return of(issue, issueUrl, List.of());
  }

  /** As {@link #of(Issue, String)}, followed by these Markdown sections. */
  static String of(Issue issue, String issueUrl, List<String> sections) {
    List<String> parts = new ArrayList<>();
    parts.add("adolink issue: [" + issue.shortId() + "](" + issueUrl + ")");
    if (issue.message() != null && !issue.message().isBlank()) {
      parts.add(fenced(issue.message().strip()));
    }
    if (!issue.frames().isEmpty()) {
      parts.add(fenced(stackTrace(issue.frames())));
    }
    parts.addAll(sections);
    return String.join("\n\n", parts);
  }

  /** What an alert rule adds below the description. */
  static String ruleFooter(String ruleName, String ruleUrl) {
    return "This work item was created automatically by adolink's alert rule ["
        + ruleName.replace("]", "\\]")
        + "]("
        + ruleUrl
        + ").";
  }

  static String html(String markdown) {
    return SafeHtml.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }

  static String stackTrace(List<StackFrame> frames) {
    StringBuilder text = new StringBuilder("Stack trace (most recent call last):");
    for (StackFrame frame : frames) {
      text.append("\n  File \"")
          .append(frame.absPath() == null ? frame.filename() : frame.absPath())
          .append('"');
      if (frame.lineNo() != null) {
        text.append(", line ").append(frame.lineNo());
      }
      if (frame.function() != null) {
        text.append(", in ").append(frame.function());
      }
    }
    return text.toString();
  }

  /** A code fence longer than any run of backticks inside the text. */
  private static String fenced(String text) {
    int longest = 2;
    Matcher runs = BACKTICKS.matcher(text);
    while (runs.find()) {
      longest = Math.max(longest, runs.group().length());
    }
    String fence = "`".repeat(longest + 1);
    return fence + "\n" + text + "\n" + fence;
  }
}
