package dev.adolink.server.system;

import dev.adolink.server.support.TestApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session without a browser: cookies, the login form and CSRF tokens. */
final class Session {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final TestApi api;
  private final HttpClient http;
  private String csrf = "";

  /** A session that is not signed in. */
  Session(TestApi api) {
    this.api = api;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A session signed in with the login form (fails the test if the login does not succeed). */
  Session(TestApi api, String email, String password) {
    this(api);
    TestApi.Response login = login(email, password, Map.of());
    if (login.status() != 302 || login.header("Location").orElse("").contains("error")) {
      throw new IllegalStateException("login failed: " + login + " " + login.raw().headers());
    }
    get("/organizations/");
  }

  /** Posts the login form (with a fresh CSRF token from the login page). */
  TestApi.Response login(String email, String password, Map<String, String> headers) {
    get("/login");
    return send("POST", "/login", Map.of("username", email, "password", password), headers);
  }

  TestApi.Response get(String path) {
    return get(path, Map.of());
  }

  TestApi.Response get(String path, Map<String, String> headers) {
    TestApi.Response response = send("GET", path, null, headers);
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return response;
  }

  TestApi.Response post(String path, Map<String, String> form) {
    return send("POST", path, form, Map.of());
  }

  private TestApi.Response send(
      String method, String path, Map<String, String> form, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path));
    headers.forEach(request::header);
    if (form == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String body =
          form.entrySet().stream()
                  .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                  .collect(Collectors.joining("&"))
              + "&_csrf="
              + encode(csrf);
      request.header("Content-Type", "application/x-www-form-urlencoded");
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new TestApi.Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
