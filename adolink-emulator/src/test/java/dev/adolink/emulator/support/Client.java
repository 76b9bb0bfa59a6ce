package dev.adolink.emulator.support;

import dev.adolink.emulator.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A small HTTP client for tests: one base URL, optional credentials and extra headers. */
public final class Client {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String base;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Client(String base) {
    this.base = base;
  }

  public static Client of(String base) {
    return new Client(base);
  }

  public Client pat(String pat) {
    return header(
        "Authorization",
        "Basic "
            + Base64.getEncoder().encodeToString((":" + pat).getBytes(StandardCharsets.UTF_8)));
  }

  public Client bearer(String token) {
    return header("Authorization", "Bearer " + token);
  }

  public Client header(String name, String value) {
    Client copy = new Client(base);
    copy.headers.putAll(headers);
    copy.headers.put(name, value);
    return copy;
  }

  /** The answer of one request. */
  public record Answer(int status, Map<String, java.util.List<String>> headers, String body) {
    public JsonNode json() {
      return Json.MAPPER.readTree(body);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  public Answer get(String path) {
    return send("GET", path, null, null);
  }

  public Answer post(String path, Object json) {
    return send("POST", path, "application/json", body(json));
  }

  public Answer put(String path, Object json) {
    return send("PUT", path, "application/json", body(json));
  }

  public Answer patch(String path, Object json, String contentType) {
    return send("PATCH", path, contentType, body(json));
  }

  public Answer postForm(String path, String form) {
    return send("POST", path, "application/x-www-form-urlencoded", form);
  }

  private static String body(Object json) {
    return json instanceof String s ? s : Json.MAPPER.writeValueAsString(json);
  }

  public Answer send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
