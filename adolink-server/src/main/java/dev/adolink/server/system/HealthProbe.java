package dev.adolink.server.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A health check for runtimes that run a command rather than an HTTP request (Docker Compose's
 * {@code healthcheck}; the image has no shell or curl): exits 0 when this machine's server answers
 * {@code /actuator/health/readiness} with 200, else 1. Port from {@code SERVER_PORT} (8080). Needs
 * nothing but the JDK: {@code java -cp /app/classes dev.adolink.server.system.HealthProbe}.
 */
public final class HealthProbe {

  private HealthProbe() {}

  public static void main(String[] args) {
    String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
    String path = args.length > 0 ? args[0] : "/actuator/health/readiness";
    try {
      HttpResponse<Void> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                      .timeout(Duration.ofSeconds(3))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      System.exit(response.statusCode() == 200 ? 0 : 1);
    } catch (Exception e) {
      System.err.println("health probe failed: " + e);
      System.exit(1);
    }
  }
}
