package dev.adolink.azure.transport;

import dev.adolink.azure.auth.AuthContext;
import dev.adolink.azure.error.TransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.StringJoiner;

/** Token endpoint requests for credentials. Forms carry secrets: they are never logged. */
final class TokenRequests implements AuthContext {

  private final TransportSettings settings;

  TokenRequests(TransportSettings settings) {
    this.settings = settings;
  }

  @Override
  public Clock clock() {
    return settings.clock();
  }

  @Override
  public FormResponse postForm(URI endpoint, Map<String, String> form) {
    String url = Redaction.url(endpoint);
    if (!settings.allowInsecureUrls() && !"https".equalsIgnoreCase(endpoint.getScheme())) {
      throw new IllegalArgumentException("token endpoints must use https: " + url);
    }
    StringJoiner body = new StringJoiner("&");
    form.forEach(
        (name, value) -> body.add(UriEncoding.query(name) + "=" + UriEncoding.query(value)));
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("User-Agent", settings.userAgent())
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    try {
      HttpResponse<String> response =
          settings.httpClient().send(request, HttpResponse.BodyHandlers.ofString());
      return new FormResponse(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new TransportException("POST", url, Transport.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("POST", url, "interrupted", e);
    }
  }
}
