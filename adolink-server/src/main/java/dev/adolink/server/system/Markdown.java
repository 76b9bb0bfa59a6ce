package dev.adolink.server.system;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Comments as people write them, in Markdown (CommonMark), rendered to the HTML shown on the issue
 * page and written into Azure DevOps: raw HTML in the text is escaped, unsafe link targets are
 * dropped, line breaks are kept, and the result goes through {@link SafeHtml}.
 */
public final class Markdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();

  private Markdown() {}

  public static String html(String markdown) {
    return SafeHtml.sanitize(RENDERER.render(PARSER.parse(markdown))).strip();
  }
}
