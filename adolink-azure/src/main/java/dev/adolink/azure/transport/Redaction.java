package dev.adolink.azure.transport;

import java.net.URI;

/** URLs as they may appear in messages and logs: without user info. */
final class Redaction {

  private Redaction() {}

  static String url(URI uri) {
    if (uri.getRawUserInfo() == null) {
      return uri.toString();
    }
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getRawPath() == null ? "" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }
}
