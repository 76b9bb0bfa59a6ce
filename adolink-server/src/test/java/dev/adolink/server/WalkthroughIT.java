package dev.adolink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TestDatabase;
import dev.adolink.server.system.SecretCipher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The foundation issue's "done when", as a user would do it: a server started with the bootstrap
 * variables on an empty database, a script of API calls, a restart, and everything still there. Not
 * an {@code @AdolinkIT}: it starts and stops its own server twice, on a database of its own.
 */
class WalkthroughIT {

  private static final String TOKEN = "walkthrough-token";

  private final AtomicInteger port = new AtomicInteger();
  private final TestApi api = new TestApi(port::get);

  @Test
  void whatTheApiCreatesSurvivesARestart() throws Exception {
    Map<String, Object> properties = new HashMap<>(TestDatabase.fresh());
    properties.put("server.port", 0);
    properties.put("adolink.bootstrap.admin-email", "admin@example.com");
    properties.put("adolink.bootstrap.admin-password", "admin-password");
    properties.put("adolink.bootstrap.api-token", TOKEN);
    Path dataDir = Path.of((String) properties.get("adolink.data-dir"));

    String secret;
    try (ConfigurableApplicationContext server = start(properties)) {
      assertThat(api.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
      runTheScript();
      secret = server.getBean(SecretCipher.class).encrypt("pat-value");
    }
    assertThat(Files.getPosixFilePermissions(dataDir.resolve("secret.key")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));

    properties.put("adolink.bootstrap.admin-email", "someone-else@example.com");
    try (ConfigurableApplicationContext server = start(properties)) {
      JsonNode issue = api.get("/api/0/organizations/acme/issues/BACKEND-1/", TOKEN).json();
      assertThat(issue.get("status").asString()).isEqualTo("resolved");
      assertThat(issue.get("assignedTo").get("email").asString()).isEqualTo("dev@acme.test");
      JsonNode activities =
          api.get("/api/0/organizations/acme/issues/BACKEND-1/activities/", TOKEN).json();
      assertThat(activities.valueStream().map(a -> a.get("type").asString()))
          .containsExactly("set_resolved", "assigned", "note");
      assertThat(
              api.get("/api/0/organizations/acme/issues/BACKEND-1/comments/", TOKEN)
                  .json()
                  .get(0)
                  .get("text")
                  .asString())
          .isEqualTo("Fixed in the next release");
      assertThat(server.getBean(SecretCipher.class).decrypt(secret)).isEqualTo("pat-value");
      assertThat(
              api.send(
                      "POST",
                      "/api/0/api-tokens/",
                      TestApi.basic("dev@acme.test", "dev-password"),
                      null)
                  .status())
          .isEqualTo(201);
    }
  }

  private void runTheScript() {
    expect(201, api.post("/api/0/organizations/", TOKEN, Map.of("slug", "acme", "name", "Acme")));
    expect(
        201,
        api.post(
            "/api/0/organizations/acme/members/",
            TOKEN,
            Map.of(
                "email", "dev@acme.test",
                "name", "Dev",
                "role", "member",
                "password", "dev-password")));
    String devToken =
        expect(
                201,
                api.send(
                    "POST",
                    "/api/0/api-tokens/",
                    TestApi.basic("dev@acme.test", "dev-password"),
                    null))
            .json()
            .get("token")
            .asString();
    expect(
        201,
        api.post(
            "/api/0/organizations/acme/projects/",
            TOKEN,
            Map.of("slug", "backend", "name", "Backend")));
    JsonNode issue =
        expect(
                201,
                api.post(
                    "/api/0/projects/acme/backend/issues/",
                    devToken,
                    Map.of("title", "NullPointerException in Checkout", "culprit", "Cart.total")))
            .json();
    assertThat(issue.get("shortId").asString()).isEqualTo("BACKEND-1");
    String path = "/api/0/organizations/acme/issues/" + issue.get("id").asString() + "/";
    expect(200, api.put(path, devToken, Map.of("status", "resolved")));
    expect(200, api.put(path, TOKEN, Map.of("assignedTo", "dev@acme.test")));
    expect(
        201, api.post(path + "comments/", devToken, Map.of("text", "Fixed in the next release")));
    assertThat(expect(200, api.get(path + "activities/", devToken)).json()).hasSize(3);
  }

  private ConfigurableApplicationContext start(Map<String, Object> properties) {
    String[] args =
        properties.entrySet().stream()
            .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
            .toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(AdolinkApplication.class).run(args);
    port.set(((WebServerApplicationContext) context).getWebServer().getPort());
    return context;
  }

  private static TestApi.Response expect(int status, TestApi.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    return response;
  }
}
