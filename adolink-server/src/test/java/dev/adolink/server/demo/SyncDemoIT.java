package dev.adolink.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.AdolinkApplication;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TestDatabase;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code --demo} with its background jobs: a work item changed through the emulator changes the
 * linked issue, and an issue changed through the API changes the work item.
 */
class SyncDemoIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

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
  void aWorkItemChangeReachesItsIssueAndTheOtherWayRound() {
    Map<String, Object> properties = new HashMap<>(TestDatabase.fresh());
    properties.put("server.port", 0);
    server =
        new SpringApplicationBuilder(AdolinkApplication.class).properties(properties).run("--demo");
    port.set(((WebServerApplicationContext) server).getWebServer().getPort());
    String token = DemoEnvironment.API_TOKEN;
    JsonNode issue =
        api.get("/api/0/organizations/acme/issues/?query=declined", token).json().get(0);
    String path = "/api/0/organizations/acme/issues/" + issue.get("id").asString() + "/";
    int bug = issue.get("externalIssues").get(0).get("key").asInt();

    DemoEmulator.get().workItems("fabrikam").update(bug, Map.of("System.State", "Resolved"));
    await(() -> api.get(path, token).json().get("status").asString().equals("resolved"));

    api.put(path, token, Map.of("status", "unresolved"));
    await(
        () ->
            DemoEmulator.get()
                .workItems("fabrikam")
                .fields(bug)
                .get("System.State")
                .equals("Active"));

    assertThat(api.get(path, token).json().get("status").asString()).isEqualTo("unresolved");
  }

  /** Background jobs do the work here: wait for their result, not for a time. */
  private static void await(BooleanSupplier condition) {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(end);
      Thread.onSpinWait();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
