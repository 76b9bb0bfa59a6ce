package dev.adolink.server.system;

import java.net.URI;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code ADOLINK_PUBLIC_URL}: where Azure DevOps and browsers reach this server (service hooks,
 * OAuth callbacks, links written into work items). With port 0 configured (a random port, as in
 * tests) the port the server really listens on is used.
 */
@Component
public class PublicUrl {

  private volatile URI base;

  PublicUrl(SystemProperties properties) {
    this.base = properties.publicUrl();
  }

  @EventListener
  void on(WebServerInitializedEvent event) {
    if (base.getPort() == 0) {
      base =
          URI.create(
              base.getScheme()
                  + "://"
                  + base.getHost()
                  + ":"
                  + event.getWebServer().getPort()
                  + base.getRawPath());
    }
  }

  /** The base URL without a trailing slash. */
  public String base() {
    String text = base.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** The absolute URL of {@code path}, which starts with {@code /}. */
  public String resolve(String path) {
    return base() + path;
  }
}
