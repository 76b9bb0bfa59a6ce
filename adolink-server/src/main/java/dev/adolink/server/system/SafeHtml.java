package dev.adolink.server.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one HTML sanitizer (jsoup's {@link Safelist}): HTML built from what users and error events
 * wrote keeps formatting, links and images, and loses scripts, styles, event handler attributes,
 * frames, forms and every URL that is not http(s) or mailto ({@code javascript:}, {@code data:}).
 * The pages never render such HTML themselves (Thymeleaf escapes every value); this covers the HTML
 * adolink writes into Azure DevOps.
 */
public final class SafeHtml {

  private static final Safelist SAFELIST = Safelist.relaxed();
  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private SafeHtml() {}

  public static String sanitize(String html) {
    return Jsoup.clean(html, "", SAFELIST, OUTPUT);
  }
}
