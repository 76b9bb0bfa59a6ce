package dev.adolink.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.hooks.Subscription;
import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.hooks.SubscriptionStatus;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoOrg;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.webhooks.RecordingDeliveryHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class SubscriptionHealthIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired AdoEmulator emulator;
  @Autowired RecordingDeliveryHandler handler;
  @Autowired DueJobs dueJobs;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  TestApi.Response healthCheck(Installed installed) {
    return api.post(installed.path() + "health-check/", installed.org().owner().token(), null);
  }

  String subscriptionId(Installed installed, String eventType) {
    return integrations
        .subscription(integrations.get(installed), eventType)
        .orElseThrow()
        .get("id")
        .asString();
  }

  void setStatus(AdoOrg ado, String subscriptionId, SubscriptionStatus status) {
    emulator
        .hooks()
        .status(emulator.organization(ado.name()), UUID.fromString(subscriptionId), status);
  }

  Optional<Subscription> inAdo(AdoOrg ado, String subscriptionId) {
    return integrations.subscriptionsInAdo(ado).stream()
        .filter(s -> s.id().equals(subscriptionId))
        .findFirst();
  }

  JsonNode check(JsonNode result, String eventType) {
    for (JsonNode entry : result.get("subscriptions")) {
      if (entry.get("eventType").asString().equals(eventType)) {
        return entry;
      }
    }
    throw new AssertionError("no " + eventType + " in " + result);
  }

  /** A work item changed in ADO, its deliveries sent, and the intake's jobs run. */
  void changeAWorkItem(AdoOrg ado) {
    int id = ado.workItems().create("Web", "Bug", Map.of("System.Title", "Crash on save"));
    ado.workItems().update(id, Map.of("System.State", "Active"));
    integrations.awaitDeliveries();
    dueJobs.run();
  }

  @Nested
  class CheckingOnRequest {

    @Test
    void leavesHealthySubscriptionsAlone() {
      Installed installed = integrations.installed();

      TestApi.Response response = healthCheck(installed);

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assertThat(response.json().get("subscriptions")).hasSize(5);
      assertThat(response.json().get("subscriptions"))
          .allSatisfy(
              s -> {
                assertThat(s.get("repaired").asBoolean()).isFalse();
                assertThat(s.get("status").asString()).isEqualTo("enabled");
              });
    }

    @ParameterizedTest
    @EnumSource(
        value = SubscriptionStatus.class,
        names = {
          "DISABLED_BY_SYSTEM",
          "DISABLED_BY_USER",
          "DISABLED_BY_INACTIVE_IDENTITY",
          "ON_PROBATION"
        })
    void recreatesASubscriptionInThisStatusWithANewSecretAndDeletesTheOldOne(
        SubscriptionStatus status) {
      Installed installed = integrations.installed();
      String old = subscriptionId(installed, "workitem.updated");
      String oldSecret = integrations.secret(installed, "workitem.updated");
      setStatus(installed.ado(), old, status);

      TestApi.Response response = healthCheck(installed);

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode repaired = check(response.json(), "workitem.updated");
      assertThat(repaired.get("repaired").asBoolean()).isTrue();
      assertThat(repaired.get("previousStatus").asString()).isEqualTo(status.wireName());
      assertThat(repaired.get("status").asString()).isEqualTo("enabled");
      assertThat(repaired.get("id").asString()).isNotEqualTo(old);
      assertThat(inAdo(installed.ado(), old)).isEmpty();
      assertThat(inAdo(installed.ado(), repaired.get("id").asString())).isPresent();
      assertThat(integrations.secret(installed, "workitem.updated")).isNotEqualTo(oldSecret);
      assertThat(check(response.json(), "git.push").get("repaired").asBoolean()).isFalse();
    }

    @Test
    void recreatesAMissingSubscription() {
      Installed installed = integrations.installed();
      String old = subscriptionId(installed, "workitem.commented");
      emulatorClient(installed.ado()).hooks().delete(old);

      JsonNode repaired = check(healthCheck(installed).json(), "workitem.commented");

      assertThat(repaired.get("repaired").asBoolean()).isTrue();
      assertThat(repaired.get("previousStatus").asString()).isEqualTo("missing");
      assertThat(integrations.subscriptionsInAdo(installed.ado())).hasSize(5);
    }

    @Test
    void recordsTheResultAndTimeInTheInstallation() {
      Installed installed = integrations.installed();
      setStatus(
          installed.ado(),
          subscriptionId(installed, "git.push"),
          SubscriptionStatus.DISABLED_BY_SYSTEM);
      clock.advance(Duration.ofMinutes(5));

      healthCheck(installed);

      JsonNode json = integrations.get(installed);
      assertThat(json.get("health").get("checkedAt").asString()).isNotBlank();
      assertThat(json.get("health").get("error").isNull()).isTrue();
      JsonNode push = integrations.subscription(json, "git.push").orElseThrow();
      assertThat(push.get("status").asString()).isEqualTo("enabled");
      assertThat(java.time.Instant.parse(push.get("repairedAt").asString()))
          .isEqualTo(clock.instant());
    }

    @Test
    void theRepairedSubscriptionDeliversWithItsNewSecret() {
      Installed installed = integrations.installed();
      setStatus(
          installed.ado(),
          subscriptionId(installed, "workitem.updated"),
          SubscriptionStatus.DISABLED_BY_SYSTEM);
      healthCheck(installed);

      changeAWorkItem(installed.ado());

      assertThat(handler.of(installed.id()))
          .extracting(d -> d.eventType())
          .contains("workitem.updated");
    }

    @Test
    void anAzureDevOpsOutageIsRecordedAndAnswered502() {
      Installed installed = integrations.installed();
      emulator.faults(
          new FaultSettings(0, Optional.empty(), Optional.of(new FaultSettings.Outage(500, 1))));

      TestApi.Response response;
      try {
        response = healthCheck(installed);
      } finally {
        emulator.faults(FaultSettings.none());
      }

      assertThat(response.status()).as(response.body()).isEqualTo(502);
      assertThat(integrations.get(installed).get("health").get("error").asString())
          .isEqualTo(
              "Azure DevOps did not answer (it may be down or slow); adolink tries again later.");
    }

    @Test
    void needsTheManagerRole() {
      Installed installed = integrations.installed();
      var member = tracker.member(installed.org().slug(), "member");

      assertThat(api.post(installed.path() + "health-check/", member.token(), null).status())
          .isEqualTo(403);
    }
  }

  @Nested
  class OnSchedule {

    @Test
    void theHealthJobRepairsEverySixHours() {
      Installed installed = integrations.installed();
      String old = subscriptionId(installed, "workitem.deleted");
      setStatus(installed.ado(), old, SubscriptionStatus.DISABLED_BY_INACTIVE_IDENTITY);

      dueJobs.run();
      assertThat(subscriptionId(installed, "workitem.deleted")).isEqualTo(old);

      clock.advance(Duration.ofHours(6).plusMinutes(1));
      dueJobs.run();

      assertThat(subscriptionId(installed, "workitem.deleted")).isNotEqualTo(old);
      assertThat(inAdo(installed.ado(), old)).isEmpty();
      assertThat(
              java.time.Instant.parse(
                  integrations.get(installed).get("health").get("checkedAt").asString()))
          .isEqualTo(clock.instant());
    }
  }

  @Nested
  class OneAzureDevOpsOrganizationInTwoTrackerOrganizations {

    @Test
    void eachInstallationHasItsOwnSubscriptionsAndSecretsAndBothReceiveDeliveries() {
      Installed first = integrations.installed();
      Installed second = integrations.install(tracker.organization(), first.ado());

      assertThat(second.id()).isNotEqualTo(first.id());
      List<Subscription> subscriptions = integrations.subscriptionsInAdo(first.ado());
      assertThat(subscriptions).hasSize(10);
      assertThat(subscriptions)
          .extracting(s -> s.consumerInputs().get("httpHeaders"))
          .doesNotHaveDuplicates();

      changeAWorkItem(first.ado());

      assertThat(handler.of(first.id()))
          .extracting(d -> d.eventType())
          .contains("workitem.updated");
      assertThat(handler.of(second.id()))
          .extracting(d -> d.eventType())
          .contains("workitem.updated");
      assertThat(handler.of(second.id()).get(0).installation().organizationId())
          .isNotEqualTo(handler.of(first.id()).get(0).installation().organizationId());
    }

    @Test
    void uninstallingOneLeavesTheOtherWorking() {
      Installed first = integrations.installed();
      Installed second = integrations.install(tracker.organization(), first.ado());

      assertThat(api.delete(first.path(), first.org().owner().token()).status()).isEqualTo(204);
      changeAWorkItem(first.ado());

      assertThat(integrations.subscriptionsInAdo(first.ado())).hasSize(5);
      assertThat(handler.of(second.id())).isNotEmpty();
      assertThat(handler.of(first.id())).isEmpty();
    }
  }

  @Nested
  class Uninstalling {

    @Test
    void deletesTheSubscriptionsInAzureDevOpsAndTheStoredIdentity() {
      Installed installed = integrations.installed();

      TestApi.Response response = api.delete(installed.path(), installed.org().owner().token());

      assertThat(response.status()).isEqualTo(204);
      assertThat(integrations.subscriptionsInAdo(installed.ado())).isEmpty();
      assertThat(api.get(installed.path(), installed.org().owner().token()).status())
          .isEqualTo(404);
      assertThat(
              jdbc.sql("select credentials from integrations where id = :id")
                  .param("id", installed.id())
                  .query(String.class)
                  .optional())
          .isEmpty();
      assertThat(
              jdbc.sql("select count(*) from integration_subscriptions where integration_id = :id")
                  .param("id", installed.id())
                  .query(Long.class)
                  .single())
          .isZero();
    }

    @Test
    void aLateDeliveryIsRefusedAsNotExisting() {
      Installed installed = integrations.installed();
      String secret = integrations.secret(installed, "workitem.updated");
      api.delete(installed.path(), installed.org().owner().token());

      TestApi.Response response =
          integrations.deliver(
              "{\"eventType\": \"workitem.updated\", \"resourceContainers\": {\"collection\":"
                  + " {\"id\": \""
                  + installed.ado().id()
                  + "\"}}}",
              secret);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().get("detail").asString()).isEqualTo("Integration does not exist.");
    }

    @Test
    void theOrganizationCanBeInstalledAgainAfterwards() {
      Installed installed = integrations.installed();
      api.delete(installed.path(), installed.org().owner().token());

      Installed again = integrations.install(installed.org(), installed.ado());

      assertThat(again.json().get("status").asString()).isEqualTo("active");
      assertThat(integrations.subscriptionsInAdo(installed.ado())).hasSize(5);
    }

    @Test
    void needsTheManagerRole() {
      Installed installed = integrations.installed();
      var member = tracker.member(installed.org().slug(), "member");

      assertThat(api.delete(installed.path(), member.token()).status()).isEqualTo(403);
      assertThat(integrations.subscriptionsInAdo(installed.ado())).hasSize(5);
    }
  }

  dev.adolink.azure.Organization emulatorClient(AdoOrg ado) {
    return dev.adolink.azure.AzureDevOps.builder()
        .allowInsecureUrls(true)
        .build()
        .organization(ado.url(), dev.adolink.azure.auth.PersonalAccessToken.of(ado.owner().pat()));
  }
}
