package dev.adolink.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.Prometheus;
import dev.adolink.server.support.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code /actuator/health}: public liveness and readiness; details for a superuser, with the
 * installations that need re-authorization (also counted in {@code adolink_installations}).
 */
@AdolinkIT
class OperationsHealthIT {

  @Autowired IntegrationFixtures integrations;
  @Autowired Installations installations;
  @Autowired TestApi api;

  @Test
  void livenessAndReadinessAnswerWithoutALoginAndReadinessChecksTheDatabaseAndTheScheduler() {
    TestApi.Response liveness = api.get("/actuator/health/liveness", null);
    TestApi.Response readiness = api.get("/actuator/health/readiness", TestApi.ADMIN_TOKEN);

    assertThat(liveness.status()).isEqualTo(200);
    assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
    assertThat(readiness.status()).isEqualTo(200);
    JsonNode components = readiness.json().get("components");
    assertThat(components.propertyNames()).contains("db", "dbScheduler", "readinessState");
    assertThat(components.propertyNames()).doesNotContain("integrations");
  }

  @Test
  void aSuperuserSeesTheInstallationsThatNeedReauthorizationOthersSeeNoDetails() {
    Installed installed = integrations.installed();
    Prometheus before = Prometheus.scrape(api);

    Installation installation = installations.find(installed.id()).orElseThrow();
    installations.pause(installation, "Azure DevOps refused the credentials");

    assertThat(integrations.get(installed).get("status").asString()).isEqualTo("needs_reauth");
    Prometheus after = Prometheus.scrape(api);
    assertThat(after.since(before, "adolink_installations", "status", "needs_reauth")).isEqualTo(1);
    assertThat(after.since(before, "adolink_installations", "status", "active")).isEqualTo(-1);

    JsonNode health = api.get("/actuator/health", TestApi.ADMIN_TOKEN).json();
    JsonNode details = health.get("components").get("integrations").get("details");
    assertThat(details.get("needsReauth").valueStream())
        .filteredOn(entry -> entry.get("installationId").asLong() == installed.id())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.get("organization").asString()).isEqualTo(installed.org().slug());
              assertThat(entry.get("reason").asString())
                  .isEqualTo("Azure DevOps refused the credentials");
            });

    JsonNode anonymous = api.get("/actuator/health", null).json();
    assertThat(anonymous.get("status").asString()).isEqualTo("UP");
    assertThat(anonymous.get("components").get("integrations").has("details")).isFalse();
    TestApi.Response member = api.get("/actuator/health", installed.org().owner().token());
    assertThat(member.json().get("components").get("integrations").has("details")).isFalse();
  }
}
