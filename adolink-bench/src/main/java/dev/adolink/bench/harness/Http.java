package dev.adolink.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client for the emulator's control API and the server's REST API. */
public final class Http {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client;
  private final String baseUrl;
  private final Map<String, String> headers;

  public Http(HttpClient client, String baseUrl, Map<String, String> headers) {
    this.client = client;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    this.headers = Map.copyOf(headers);
  }

  public static HttpClient newClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  public String baseUrl() {
    return baseUrl;
  }

  public HttpClient client() {
    return client;
  }

  public JsonNode get(String path) {
    return send("GET", path, null);
  }

  public JsonNode post(String path, Object body) {
    return send("POST", path, body);
  }

  public JsonNode put(String path, Object body) {
    return send("PUT", path, body);
  }

  /** A work item write: {@code PATCH} with a JSON Patch document, as ADO requires. */
  public JsonNode patchWorkItem(String path, Object operations) {
    return parse("PATCH", path, exchange("PATCH", path, operations, "application/json-patch+json"));
  }

  /** Sends a JSON request and answers the parsed body; any status outside 2xx is an error. */
  public JsonNode send(String method, String path, Object body) {
    return parse(method, path, exchange(method, path, body));
  }

  private static JsonNode parse(String method, String path, HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    String text = response.body();
    return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
  }

  public HttpResponse<String> exchange(String method, String path, Object body) {
    return exchange(method, path, body, "application/json");
  }

  private HttpResponse<String> exchange(
      String method, String path, Object body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120));
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType);
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      request.method(method, HttpRequest.BodyPublishers.ofString(text));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + baseUrl + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
