package dev.adolink.server.integration;

import dev.adolink.server.system.SystemProperties;
import java.net.URI;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code ADOLINK_PUBLIC_URL}, where ADO and browsers reach this server. With port 0 configured (a
 * random port, as in tests) the port the server really listens on is used.
 */
@Component
class PublicUrl {

  static final String WEBHOOK_PATH = "/extensions/vsts/issue-updated/";
  static final String SETUP_PATH = "/extensions/vsts/setup/";

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
  String base() {
    String text = base.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  String webhook() {
    return base() + WEBHOOK_PATH;
  }

  String setupCallback() {
    return base() + SETUP_PATH;
  }
}
