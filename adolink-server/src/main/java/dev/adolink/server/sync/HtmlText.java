package dev.adolink.server.sync;

import dev.adolink.server.system.Markdown;
import java.util.regex.Pattern;

/**
 * Comment text between the two sides: ADO comments are HTML, tracker comments plain text. Only what
 * comments use is handled (paragraphs, line breaks, quotes, entities); other tags are dropped.
 */
final class HtmlText {

  private static final Pattern BREAK =
      Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>|</blockquote\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private HtmlText() {}

  /** Plain text of an HTML comment. */
  static String plain(String html) {
    String text = BREAK.matcher(html).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text =
        text.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return BLANK_LINES.matcher(text.replace("\r\n", "\n")).replaceAll("\n\n").strip();
  }

  /** HTML of a plain text: special characters escaped, line breaks kept. */
  static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\r\n", "\n")
        .replace("\n", "<br/>");
  }

  /**
   * A tracker comment as written to ADO: attributed to its writer, quoted (Sentry's form), its
   * Markdown rendered as the issue page renders it.
   */
  static String attributed(String name, String text) {
    return "<p>" + html(name) + " wrote:</p><blockquote>" + Markdown.html(text) + "</blockquote>";
  }
}
