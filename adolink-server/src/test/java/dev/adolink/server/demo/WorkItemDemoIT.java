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

/** {@code --demo} shows issues with linked work items and an alert rule. */
class WorkItemDemoIT {

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
  void hasAnIssueWithALinkedWorkItemAndARule() {
    Map<String, Object> properties = new HashMap<>(TestDatabase.fresh());
    properties.put("server.port", 0);
    server =
        new SpringApplicationBuilder(AdolinkApplication.class).properties(properties).run("--demo");
    port.set(((WebServerApplicationContext) server).getWebServer().getPort());
    String token = DemoEnvironment.API_TOKEN;

    JsonNode issues = api.get("/api/0/organizations/acme/issues/?query=captured", token).json();
    assertThat(issues).hasSize(1);
    JsonNode linked = issues.get(0).get("externalIssues");
    assertThat(linked).hasSize(1);
    assertThat(linked.get(0).get("displayName").asString()).startsWith("Web#");
    JsonNode checkout = api.get("/api/0/organizations/acme/issues/?query=Checkout", token).json();
    assertThat(checkout.get(0).get("externalIssues").get(0).get("key").asString()).isEqualTo("1");
    JsonNode rules = api.get("/api/0/projects/acme/backend/alert-rules/", token).json();
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).get("name").asString()).isEqualTo(WorkItemDemoSteps.RULE);
  }
}
