package dev.adolink.server.support;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A browser without JavaScript for UI flows in ITs: keeps cookies (the session), does not follow
 * redirects by itself (tests follow them, e.g. through the emulator's OAuth pages), and reads the
 * CSRF token of forms.
 */
public final class Browser {

  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;

  public Browser(TestApi api) {
    this.base = api.baseUrl();
  }

  public record Page(int status, String body, HttpResponse<String> raw) {

    /** The {@code Location} of a redirect. */
    public String location() {
      return raw.headers().firstValue("Location").orElseThrow(() -> new AssertionError(this));
    }

    public String csrf() {
      Matcher matcher = CSRF.matcher(body);
      assertThat(matcher.find()).as("a CSRF token in " + body).isTrue();
      return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** Signs in through the login form; the session cookie is kept for later requests. */
  public Browser signIn(String email, String password) {
    Page login = get("/login");
    Page signedIn =
        post("/login", Map.of("username", email, "password", password, "_csrf", login.csrf()));
    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
    assertThat(signedIn.location()).doesNotContain("error");
    return this;
  }

  /** A path of the server, or an absolute URL (e.g. a redirect to the emulator). */
  public Page get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
  }

  public Page post(String pathOrUrl, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(pathOrUrl))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Follows a redirect and returns the next page. */
  public Page follow(Page redirect) {
    return get(redirect.location());
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.body(), response);
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
