package dev.adolink.server.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors as the Java SDK sends them (gzip envelopes with {@code X-Sentry-Auth}) to the backend
 * project's DSN: two groups, one of which is resolved and then regresses with an event of the next
 * release.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(DemoEnvironment.FLAG)
class IngestDemoSteps {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Bean
  @Order(500)
  DemoStep sdkEvents() {
    return demo -> {
      String project = "/api/0/projects/" + demo.organizationSlug() + "/backend/";
      JsonNode key = demo.api().get(project + "keys/").get(0);
      String dsn = key.get("dsn").get("public").asString();
      String envelope = demo.serverUrl() + "/api/" + key.get("projectId").asString() + "/envelope/";
      String auth =
          "Sentry sentry_version=7, sentry_client=sentry.java/8.47.0, sentry_key="
              + key.get("public").asString();
      for (int customer : new int[] {42, 7, 19}) {
        send(envelope, auth, cartError(customer, ScmDemoSteps.FIRST_RELEASE));
      }
      send(envelope, auth, timeout());
      String issues = "/api/0/organizations/" + demo.organizationSlug() + "/issues/";
      JsonNode cart = await(demo, issues, 3);
      demo.api().put(issues + cart.get("id").asString() + "/", Map.of("status", "resolved"));
      send(envelope, auth, cartError(42, ScmDemoSteps.SECOND_RELEASE));
      await(demo, issues, 4);
      demo.note("  errors from Sentry SDKs: DSN of project backend " + dsn);
      demo.note(
          "    setup snippets: "
              + demo.serverUrl()
              + "/organizations/"
              + demo.organizationSlug()
              + "/projects/backend/ ("
              + cart.get("shortId").asString()
              + " regressed in "
              + ScmDemoSteps.SECOND_RELEASE
              + ")");
    };
  }

  private static Map<String, Object> cartError(int customer, String release) {
    List<Map<String, Object>> frames = new ArrayList<>();
    frames.add(frame("java.lang.Thread", "run", "Thread.java", 840, false));
    frames.add(
        frame(
            "org.springframework.web.servlet.FrameworkServlet",
            "service",
            "FrameworkServlet.java",
            885,
            false));
    frames.add(
        frame(
            "com.acme.backend.CheckoutController",
            "checkout",
            "CheckoutController.java",
            57,
            true));
    frames.add(frame("com.acme.backend.Cart", "total", "Cart.java", 12 + customer % 3, true));
    Map<String, Object> event = base(release);
    event.put(
        "exception",
        Map.of(
            "values",
            List.of(
                Map.of(
                    "type",
                    "IllegalStateException",
                    "module",
                    "java.lang",
                    "value",
                    "Cart of customer " + customer + " is empty",
                    "stacktrace",
                    Map.of("frames", frames),
                    "mechanism",
                    Map.of("type", "UncaughtExceptionHandler", "handled", false)))));
    event.put("user", Map.of("id", "customer-" + customer));
    event.put("request", Map.of("url", "https://shop.acme.test/checkout", "method", "POST"));
    return event;
  }

  private static Map<String, Object> timeout() {
    Map<String, Object> event = base(ScmDemoSteps.FIRST_RELEASE);
    event.put("level", "warning");
    event.put(
        "logentry",
        Map.of(
            "message", "Payment provider timed out after %s ms",
            "params", List.of("3000"),
            "formatted", "Payment provider timed out after 3000 ms"));
    return event;
  }

  private static Map<String, Object> base(String release) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("event_id", UUID.randomUUID().toString().replace("-", ""));
    event.put("timestamp", System.currentTimeMillis() / 1000.0);
    event.put("platform", "java");
    event.put("level", "error");
    event.put("release", release);
    event.put("environment", "production");
    event.put("server_name", "backend-1");
    event.put("tags", Map.of("region", "westeurope"));
    event.put("sdk", Map.of("name", "sentry.java", "version", "8.47.0"));
    return event;
  }

  private static Map<String, Object> frame(
      String module, String function, String file, int line, boolean inApp) {
    return Map.of(
        "module", module, "function", function, "filename", file, "lineno", line, "in_app", inApp);
  }

  private static void send(String url, String auth, Map<String, Object> event) {
    byte[] payload = JSON.writeValueAsBytes(event);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("{\"event_id\":\""
                + event.get("event_id")
                + "\"}\n{\"type\":\"event\",\"length\":"
                + payload.length
                + "}\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(payload);
    try {
      ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
        gzip.write(body.toByteArray());
      }
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("X-Sentry-Auth", auth)
                  .header("Content-Type", "application/x-sentry-envelope")
                  .header("Content-Encoding", "gzip")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the intake answered " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not send a demo event", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits (the jobs run in the background) until the cart issue has counted {@code events} events;
   * returns it.
   */
  private static JsonNode await(Demo demo, String issues, int events) {
    for (int attempt = 0; attempt < 100; attempt++) {
      for (JsonNode issue : demo.api().get(issues + "?query=Cart")) {
        if (issue.get("title").asString().startsWith("IllegalStateException: Cart")
            && issue.get("count").asLong() >= events) {
          return issue;
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("the demo events were not processed within 10 seconds");
  }
}
