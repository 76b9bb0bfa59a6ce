package dev.adolink.emulator.hooks;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** POSTs a notification's request; a timeout or a connection failure has no status. */
final class WebHookClient {

  private static final System.Logger LOG = System.getLogger(WebHookClient.class.getName());
  private static final int KEPT_RESPONSE = 2000;

  /** What the receiver answered: a status and the start of its body, or an error. */
  record Answer(Integer status, String body, String error) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private volatile Duration timeout = Duration.ofSeconds(20);

  void timeout(Duration timeout) {
    this.timeout = timeout;
  }

  Answer post(Notification n) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(n.url))
              .timeout(timeout)
              .POST(HttpRequest.BodyPublishers.ofByteArray(n.body));
      n.headers.forEach((name, value) -> header(request, name, value));
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String body = answer.body();
      return new Answer(
          answer.statusCode(),
          body == null || body.length() <= KEPT_RESPONSE ? body : body.substring(0, KEPT_RESPONSE),
          null);
    } catch (HttpTimeoutException e) {
      return new Answer(null, null, "The request timed out after " + timeout.toMillis() + " ms.");
    } catch (IOException | IllegalArgumentException e) {
      return new Answer(null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, null, "interrupted");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "service hook delivery failed unexpectedly", e);
      return new Answer(null, null, e.toString());
    }
  }

  private static void header(HttpRequest.Builder request, String name, String value) {
    try {
      request.header(name, value);
    } catch (IllegalArgumentException restricted) {
      // a header the JDK client sets itself (Host, Content-Length, ...): ADO would send its own
    }
  }
}
