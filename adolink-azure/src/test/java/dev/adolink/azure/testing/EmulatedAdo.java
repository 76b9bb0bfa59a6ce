package dev.adolink.azure.testing;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.transport.Json;
import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.OrganizationOptions;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.control.Admin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The emulator for a test class: started once on a free port with a frozen clock, faults cleared
 * and the request log marked before each test. Clients built here share the emulator's clock, an
 * {@link EmulatorTime} sleeper and a {@link RecordingHttpClient}.
 *
 * <pre>{@code @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();}</pre>
 */
public final class EmulatedAdo implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

  /** One line of {@code GET /_emulator/requests}. */
  public record Logged(long seq, long at, String method, String path, String query, int status) {}

  public static final String ALICE = "alice@example.com";

  private static final AtomicInteger NAMES = new AtomicInteger();
  private final HttpClient control = HttpClient.newHttpClient();
  private AdoEmulator emulator;
  private EmulatorTime time;
  private RecordingHttpClient http;
  private long mark;
  private String owner;

  /** Nested test classes inherit the extension: the outermost class starts and stops it. */
  @Override
  public void beforeAll(ExtensionContext context) {
    if (emulator != null) {
      return;
    }
    owner = context.getUniqueId();
    emulator = AdoEmulator.start();
    emulator.clock().freeze();
    time = new EmulatorTime(emulator.clock());
    http = new RecordingHttpClient(HttpClient.newHttpClient());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (context.getUniqueId().equals(owner)) {
      emulator.close();
      emulator = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    faults("{}");
    time.clear();
    http.clear();
    mark = lastSeq();
  }

  public AdoEmulator emulator() {
    return emulator;
  }

  public EmulatorTime time() {
    return time;
  }

  /** Every request the client sent since the test began, with headers and bodies. */
  public List<RecordingHttpClient.Sent> sent() {
    return http.sent();
  }

  public RecordingHttpClient http() {
    return http;
  }

  /** A client for the emulator with the test clock, sleeper and recording HTTP client. */
  public AzureDevOps client() {
    return client(UnaryOperator.identity());
  }

  public AzureDevOps client(UnaryOperator<AzureDevOps.Builder> customize) {
    AzureDevOps.Builder builder =
        AzureDevOps.builder()
            .allowInsecureUrls(true)
            .globalUrl(emulator.baseUrl() + "_hosts/app.vssps/")
            .clock(emulator.clock())
            .sleeper(time)
            .httpClient(http);
    return customize.apply(builder).build();
  }

  /** A new organization (unique name) with Alice as its member. */
  public Admin.CreatedOrganization organization() {
    return emulator.createOrganization(
        "org" + NAMES.incrementAndGet(), new Admin.UserSpec(ALICE, "Alice Example"));
  }

  /** An organization that answers like Azure DevOps Server capped at {@code apiVersionMax}. */
  public Admin.CreatedOrganization server(String apiVersionMax, boolean search) {
    return emulator.createOrganization(
        "server" + NAMES.incrementAndGet(),
        List.of(new Admin.UserSpec(ALICE, "Alice Example")),
        OrganizationOptions.server(apiVersionMax).search(search));
  }

  public String url(Admin.CreatedOrganization org) {
    return emulator.organizationUrl(org.name());
  }

  public String hostUrl(Admin.CreatedOrganization org, Host host) {
    return emulator.hostUrl(org.name(), host);
  }

  /**
   * {@code POST /_emulator/organizations/{org}/repositories/{repo}/generate}: bulk history on the
   * default branch; answers {@code {pushId, commits, firstCommit, lastCommit, previousCommit}}.
   */
  public tools.jackson.databind.JsonNode generate(
      String org, String repository, int commits, int filesPerCommit) {
    return Json.mapper()
        .readTree(
            call(
                "POST",
                "organizations/" + org + "/repositories/" + repository + "/generate",
                "{\"commits\": " + commits + ", \"filesPerCommit\": " + filesPerCommit + "}"));
  }

  /**
   * Follows an OAuth authorize URL as the consenting user's browser would and returns the {@code
   * code} of the redirect.
   */
  public String authorize(URI authorizeUrl) {
    URI url = authorizeUrl;
    try {
      HttpResponse<String> response =
          control.send(
              HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
      String location =
          response
              .headers()
              .firstValue("Location")
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no redirect from " + url + ": " + response.statusCode()));
      return java.util.Arrays.stream(URI.create(location).getRawQuery().split("&"))
          .filter(p -> p.startsWith("code="))
          .map(
              p ->
                  java.net.URLDecoder.decode(
                      p.substring(5), java.nio.charset.StandardCharsets.UTF_8))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code PUT /_emulator/faults}. */
  public void faults(String json) {
    call("PUT", "faults", json);
  }

  /** The requests the emulator served since the test began ({@code GET /_emulator/requests}). */
  public List<Logged> requests() {
    String body = call("GET", "requests?since=" + mark, null);
    return Arrays.asList(Json.mapper().readValue(body, Logged[].class));
  }

  private long lastSeq() {
    String body = call("GET", "requests?since=0", null);
    Logged[] all = Json.mapper().readValue(body, Logged[].class);
    return all.length == 0 ? 0 : all[all.length - 1].seq();
  }

  private String call(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "_emulator/" + path));
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response =
          control.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            method
                + " /_emulator/"
                + path
                + " -> "
                + response.statusCode()
                + " "
                + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
