package dev.adolink.emulator.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.support.Client;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubscriptionsTest {

  static AdoEmulator ado;
  HooksFixture hooks;

  @BeforeAll
  static void start() {
    ado = AdoEmulator.start();
  }

  @AfterAll
  static void stop() {
    ado.close();
  }

  @BeforeEach
  void seed() {
    hooks = new HooksFixture(ado).seed();
  }

  private static final Map<String, String> WEBHOOK =
      Map.of(
          "url", "https://adolink.example/extensions/vsts/issue-updated/",
          "httpHeaders", "shared-secret:s3cret",
          "basicAuthUsername", "sentry",
          "basicAuthPassword", "hunter2",
          "resourceDetailsToSend", "all");

  @Nested
  class Crud {
    @Test
    void aCreatedSubscriptionIsEnabledWithAdosServerFieldsAndMaskedSecrets() {
      JsonNode s =
          hooks.subscribe("workitem.updated", Map.of("projectId", hooks.projectId), WEBHOOK);

      assertThat(s.get("status").asString()).isEqualTo("enabled");
      assertThat(s.get("url").asString())
          .endsWith("_apis/hooks/subscriptions/" + s.get("id").asString());
      assertThat(s.get("createdBy").get("uniqueName").asString()).isEqualTo("alice@example.com");
      assertThat(s.get("publisherInputs").has("hostId")).isTrue();
      assertThat(s.get("publisherInputs").has("tfsSubscriptionId")).isTrue();
      assertThat(s.get("consumerInputs").get("basicAuthPassword").asString()).isEqualTo("********");
      assertThat(s.get("consumerInputs").get("httpHeaders").asString())
          .isEqualTo("shared-secret:s3cret");
      assertThat(s.get("actionDescription").asString()).isEqualTo("To host adolink.example");
    }

    @Test
    void theListFiltersByEventTypeAndConsumer() {
      hooks.subscribe("workitem.updated", Map.of(), WEBHOOK);
      hooks.subscribe("git.push", Map.of(), WEBHOOK);

      JsonNode updated =
          hooks
              .alice
              .get("_apis/hooks/subscriptions?eventType=workitem.updated&api-version=7.1")
              .json();
      JsonNode all =
          hooks.alice.get("_apis/hooks/subscriptions?consumerId=webHooks&api-version=7.1").json();

      assertThat(updated.get("count").asInt()).isEqualTo(1);
      assertThat(all.get("count").asInt()).isEqualTo(2);
    }

    @Test
    void replaceKeepsAMaskedSecretAndCanChangeTheStatus() {
      JsonNode s = hooks.subscribe("workitem.updated", Map.of(), WEBHOOK);
      String id = s.get("id").asString();
      Map<String, Object> body =
          HooksFixture.body(
              "workitem.updated",
              Map.of(),
              Map.of(
                  "url", "https://adolink.example/new",
                  "basicAuthUsername", "sentry",
                  "basicAuthPassword", "********"));
      body.put("status", "disabledByUser");

      JsonNode replaced =
          hooks.alice.put("_apis/hooks/subscriptions/" + id + "?api-version=7.1", body).json();

      assertThat(replaced.get("status").asString()).isEqualTo("disabledByUser");
      assertThat(replaced.get("consumerInputs").get("url").asString())
          .isEqualTo("https://adolink.example/new");
    }

    @Test
    void deleteAnswers204AndThenTheSubscriptionIs404() {
      String id = hooks.subscribe("workitem.updated", Map.of(), WEBHOOK).get("id").asString();

      Client.Answer deleted =
          hooks.alice.send(
              "DELETE", "_apis/hooks/subscriptions/" + id + "?api-version=7.1", null, null);

      assertThat(deleted.status()).isEqualTo(204);
      assertThat(hooks.alice.get("_apis/hooks/subscriptions/" + id + "?api-version=7.1").status())
          .isEqualTo(404);
    }

    @Test
    void enumValuesAreTakenAsNumbersAsMicrosoftsClientsSendThem() {
      String id = hooks.subscribe("workitem.updated", Map.of(), WEBHOOK).get("id").asString();
      hooks.subscribe("workitem.updated", Map.of("projectId", hooks.projectId), WEBHOOK);
      Map<String, Object> body = HooksFixture.body("workitem.updated", Map.of(), WEBHOOK);
      body.put("status", 20);

      JsonNode replaced =
          hooks.alice.put("_apis/hooks/subscriptions/" + id + "?api-version=7.1", body).json();
      JsonNode notEquals =
          hooks
              .alice
              .post(
                  "_apis/hooks/subscriptionsquery?api-version=7.1",
                  Map.of(
                      "publisherInputFilters",
                      java.util.List.of(
                          Map.of(
                              "conditions",
                              java.util.List.of(
                                  Map.of(
                                      "inputId",
                                      "projectId",
                                      "operator",
                                      1,
                                      "inputValue",
                                      hooks.projectId))))))
              .json();
      Client.Answer completed =
          hooks.alice.get(
              "_apis/hooks/subscriptions/"
                  + id
                  + "/notifications?status=100&result=10&api-version=7.1");

      assertThat(replaced.get("status").asString()).isEqualTo("disabledByUser");
      assertThat(notEquals.get("results")).hasSize(1);
      assertThat(notEquals.at("/results/0/id").asString()).isEqualTo(id);
      assertThat(completed.status()).isEqualTo(200);
      assertThat(
              hooks
                  .alice
                  .get(
                      "_apis/hooks/subscriptions/" + id + "/notifications?status=7&api-version=7.1")
                  .status())
          .isEqualTo(400);
    }

    @Test
    void subscriptionsQueryFiltersByPublisherInputs() {
      hooks.subscribe("workitem.updated", Map.of("projectId", hooks.projectId), WEBHOOK);
      hooks.subscribe("workitem.updated", Map.of(), WEBHOOK);

      JsonNode answer =
          hooks
              .alice
              .post(
                  "_apis/hooks/subscriptionsquery?api-version=7.1",
                  Map.of(
                      "publisherId",
                      "tfs",
                      "publisherInputFilters",
                      java.util.List.of(
                          Map.of(
                              "conditions",
                              java.util.List.of(
                                  Map.of(
                                      "inputId",
                                      "projectId",
                                      "operator",
                                      "equals",
                                      "inputValue",
                                      hooks.projectId))))))
              .json();

      assertThat(answer.get("results")).hasSize(1);
      assertThat(answer.at("/results/0/publisherInputs/projectId").asString())
          .isEqualTo(hooks.projectId);
    }

    @Test
    void badInputsAreRefused() {
      Client.Answer noUrl =
          hooks.alice.post(
              "_apis/hooks/subscriptions?api-version=7.1",
              HooksFixture.body("workitem.updated", Map.of(), Map.of("url", "not a url")));
      Client.Answer badHeader =
          hooks.alice.post(
              "_apis/hooks/subscriptions?api-version=7.1",
              HooksFixture.body(
                  "workitem.updated",
                  Map.of(),
                  Map.of("url", "https://x.example/", "httpHeaders", "no colon here")));
      Client.Answer badEvent =
          hooks.alice.post(
              "_apis/hooks/subscriptions?api-version=7.1",
              HooksFixture.body(
                  "workitem.exploded", Map.of(), Map.of("url", "https://x.example/")));

      assertThat(noUrl.status()).isEqualTo(400);
      assertThat(badHeader.status()).isEqualTo(400);
      assertThat(badEvent.status()).isEqualTo(400);
    }
  }

  @Nested
  class Permissions {
    @Test
    void aMemberWhoMayNotEditSubscriptionsGets403() {
      Client control = Client.of(ado.baseUrl() + "_emulator/");
      control.put(
          "organizations/fabrikam/users/bob@example.com/permissions",
          Map.of("canManageHooks", false));

      Client.Answer answer =
          hooks.bob.post(
              "_apis/hooks/subscriptions?api-version=7.1",
              HooksFixture.body("workitem.updated", Map.of(), WEBHOOK));

      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.json().get("typeKey").asString()).isEqualTo("AccessCheckException");
      assertThat(answer.json().get("message").asString()).contains("Edit subscriptions");
      assertThat(
              hooks
                  .alice
                  .post(
                      "_apis/hooks/subscriptions?api-version=7.1",
                      HooksFixture.body("workitem.updated", Map.of(), WEBHOOK))
                  .status())
          .isEqualTo(200);
    }
  }

  @Nested
  class Control {
    @Test
    void theControlApiSetsAStatusAsAdoWould() {
      String id = hooks.subscribe("workitem.updated", Map.of(), WEBHOOK).get("id").asString();
      Client control = Client.of(ado.baseUrl() + "_emulator/");

      Client.Answer answer =
          control.put(
              "organizations/fabrikam/subscriptions/" + id,
              Map.of("status", "onProbation", "probationRetries", 3));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(hooks.subscription(id).get("status").asString()).isEqualTo("onProbation");
      assertThat(hooks.subscription(id).get("probationRetries").asInt()).isEqualTo(3);
    }
  }
}
