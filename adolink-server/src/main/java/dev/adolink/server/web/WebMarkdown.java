package dev.adolink.server.web;

import dev.adolink.server.system.Markdown;
import org.springframework.stereotype.Component;

/** {@code @markdown.html(text)} in templates: a comment's Markdown as safe HTML. */
@Component("markdown")
class WebMarkdown {

  public String html(String text) {
    return Markdown.html(text);
  }
}
