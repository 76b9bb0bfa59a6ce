package dev.adolink.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.AdolinkApplication;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code --demo} as a user starts it: its own server and emulator, the demo data created through
 * the API, and the installation receiving a service hook when a work item changes. Not an
 * {@code @AdolinkIT}: it runs a server of its own.
 */
class DemoIT {

  private final AtomicInteger port = new AtomicInteger();
  private final TestApi api = new TestApi(port::get);
  private ConfigurableApplicationContext server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    DemoEmulator.stop();
  }

  @Test
  void seedsBothSidesAndConnectsThemThroughThePatFlow() throws Exception {
    Map<String, Object> properties = new HashMap<>(TestDatabase.fresh());
    properties.put("server.port", 0);
    server =
        new SpringApplicationBuilder(AdolinkApplication.class).properties(properties).run("--demo");
    port.set(((WebServerApplicationContext) server).getWebServer().getPort());
    String token = DemoEnvironment.API_TOKEN;

    JsonNode installations = api.get("/api/0/organizations/acme/integrations/", token).json();
    assertThat(installations).hasSize(1);
    JsonNode installation = installations.get(0);
    assertThat(installation.get("name").asString()).isEqualTo("fabrikam");
    assertThat(installation.get("status").asString()).isEqualTo("active");
    assertThat(installation.get("subscriptions"))
        .allSatisfy(s -> assertThat(s.get("status").asString()).isEqualTo("enabled"));
    assertThat(
            api.send(
                    "POST",
                    "/api/0/api-tokens/",
                    TestApi.basic(DemoSteps.DEVELOPER_EMAIL, DemoSteps.DEVELOPER_PASSWORD),
                    null)
                .status())
        .isEqualTo(201);

    DemoEmulator.get().workItems("fabrikam").update(1, Map.of("System.State", "Active"));
    DemoEmulator.get().hooks().awaitIdle();

    String deliveries =
        "/api/0/organizations/acme/integrations/"
            + installation.get("id").asLong()
            + "/deliveries/";
    // awaitIdle returns once the intake answered, and it answers after storing the delivery
    JsonNode received = api.get(deliveries, token).json();
    assertThat(received).isNotEmpty();
    assertThat(received.get(0).get("eventType").asString()).isEqualTo("workitem.updated");
    assertSourceCode(token);
    assertSdkEvents(token);
  }

  private static String top(JsonNode suspects) {
    return suspects.isEmpty() ? "" : suspects.get(0).get("commit").get("message").asString();
  }

  /** The scm demo data: its release jobs run in the background, so their end is awaited. */
  /** Two groups of SDK events; the cart error was resolved and regressed in the next release. */
  private void assertSdkEvents(String token) {
    String org = "/api/0/organizations/acme/";
    JsonNode issues = api.get(org + "issues/?project=backend", token).json();
    JsonNode cart = null;
    JsonNode timeout = null;
    for (JsonNode issue : issues) {
      if (issue.get("title").asString().startsWith("IllegalStateException: Cart")) {
        cart = issue;
      }
      if (issue.get("title").asString().equals("Payment provider timed out after 3000 ms")) {
        timeout = issue;
      }
    }
    assertThat(cart).as(issues.toString()).isNotNull();
    assertThat(timeout).as(issues.toString()).isNotNull();
    assertThat(cart.get("count").asString()).isEqualTo("4");
    assertThat(cart.get("status").asString()).isEqualTo("unresolved");
    assertThat(cart.get("lastRelease").asString()).isEqualTo(ScmDemoSteps.SECOND_RELEASE);
    assertThat(api.get(org + "issues/" + cart.get("id").asString() + "/activities/", token).json())
        .anySatisfy(a -> assertThat(a.get("type").asString()).isEqualTo("set_regression"));
  }

  private void assertSourceCode(String token) throws InterruptedException {
    String org = "/api/0/organizations/acme/";
    assertThat(api.get(org + "repos/", token).json().get(0).get("name").asString())
        .isEqualTo(ScmDemoSteps.REPOSITORY);
    String second = org + "releases/" + ScmDemoSteps.SECOND_RELEASE + "/";
    JsonNode release = api.get(second, token).json();
    for (int i = 0;
        i < 300 && !release.get("commitFetch").get("status").asString().equals("done");
        i++) {
      Thread.sleep(100); // background job, not time
      release = api.get(second, token).json();
    }
    assertThat(release.get("commitCount").asInt()).isEqualTo(3);
    // the demo's deploy to staging, and the one Azure Pipelines made (its stage event is
    // delivered and applied in the background)
    for (int i = 0; i < 300 && release.get("deployCount").asInt() < 2; i++) {
      Thread.sleep(100); // background delivery and job, not time
      release = api.get(second, token).json();
    }
    assertThat(release.get("deployCount").asInt()).isEqualTo(2);
    JsonNode production =
        api.get(second + "deploys/", token)
            .json()
            .valueStream()
            .filter(d -> d.get("environment").asString().equals("production"))
            .findFirst()
            .orElseThrow();
    assertThat(production.get("url").asString()).contains("_build/results?buildId=");
    assertThat(production.get("name").asString()).startsWith(PipelineDemoSteps.PIPELINE);
    assertThat(api.get(org + "releases/", token).json()).hasSize(2);
    assertThat(api.get(org + "issues/BACKEND-1/", token).json().get("status").asString())
        .isEqualTo("resolved");
    assertThat(api.get(org + "issues/BACKEND-2/stacktrace-links/", token).json())
        .allSatisfy(link -> assertThat(link.get("url").asString()).contains("version=GBmain"));
    String suspects = org + "issues/BACKEND-2/suspect-commits/";
    JsonNode found = api.get(suspects, token).json();
    for (int i = 0; i < 900 && !top(found).startsWith("Handle empty carts"); i++) {
      Thread.sleep(100); // background job, not time
      found = api.get(suspects, token).json();
    }
    assertThat(found.get(0).get("commit").get("message").asString())
        .startsWith("Handle empty carts");
    assertThat(found.get(0).get("files").get(0).asString()).isEqualTo("/src/backend/cart.py");
  }
}
