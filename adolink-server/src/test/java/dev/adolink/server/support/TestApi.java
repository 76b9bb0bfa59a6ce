package dev.adolink.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls to the server under test. A body that is a {@code String} is sent as is (for
 * malformed JSON); anything else is written as JSON.
 */
public final class TestApi {

  public static final String ADMIN_EMAIL = "admin@adolink.test";
  public static final String ADMIN_PASSWORD = "admin-password";
  public static final String ADMIN_TOKEN = "test-admin-token";

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final IntSupplier port;

  public TestApi(IntSupplier port) {
    this.port = port;
  }

  /** {@code http://localhost:<port>}, without a trailing slash. */
  public String baseUrl() {
    return "http://localhost:" + port.getAsInt();
  }

  public Response get(String path, @Nullable String token) {
    return send("GET", path, bearer(token), null);
  }

  public Response post(String path, @Nullable String token, @Nullable Object body) {
    return send("POST", path, bearer(token), body);
  }

  public Response put(String path, @Nullable String token, @Nullable Object body) {
    return send("PUT", path, bearer(token), body);
  }

  public Response delete(String path, @Nullable String token) {
    return send("DELETE", path, bearer(token), null);
  }

  public static @Nullable String basic(String email, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param authorization the whole {@code Authorization} header value, or {@code null}
   */
  public Response send(
      String method, String path, @Nullable String authorization, @Nullable Object body) {
    return send(
        method,
        path,
        authorization == null ? Map.of() : Map.of("Authorization", authorization),
        body);
  }

  /** A request with these headers (e.g. a webhook delivery's {@code shared-secret}). */
  public Response send(
      String method, String path, Map<String, String> headers, @Nullable Object body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(text));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable String bearer(@Nullable String token) {
    return token == null ? null : "Bearer " + token;
  }

  public record Response(int status, String body, HttpResponse<String> raw) {

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    /** The value of {@code errors.<field>} in an error answer. */
    public @Nullable String error(String field) {
      JsonNode value = json().path("errors").get(field);
      return value == null ? null : value.asString();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
