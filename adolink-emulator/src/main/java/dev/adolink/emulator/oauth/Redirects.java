package dev.adolink.emulator.oauth;

import dev.adolink.emulator.http.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Redirects back to a client with query parameters, and the HTML error pages of authorize
 * endpoints.
 */
final class Redirects {

  private Redirects() {}

  static Response back(String redirectUri, Map<String, String> params) {
    StringBuilder url =
        new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
    boolean first = true;
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      if (!first) {
        url.append('&');
      }
      url.append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      first = false;
    }
    return Response.redirect(url.toString());
  }

  static Map<String, String> params(String... keysAndValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      params.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return params;
  }

  static Response errorPage(String message) {
    String escaped = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return Response.html(
        400,
        "<!DOCTYPE html><html><head><title>Sign in error</title></head><body><h1>Sorry, but we're having trouble signing you in.</h1><p>"
            + escaped
            + "</p></body></html>");
  }
}
