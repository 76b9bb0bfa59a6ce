package dev.adolink.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@AdolinkIT
class IntakeIT {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired RecordingDeliveryHandler handler;
  @Autowired DueJobs dueJobs;
  @Autowired JdbcClient jdbc;
  @Autowired Intake intake;
  @Autowired MutableClock clock;

  Installed installed;
  String secret;

  @BeforeEach
  void install() {
    installed = integrations.installed();
    secret = integrations.secret(installed, "workitem.updated");
  }

  /** The docs sample of {@code workitem.updated}, for this installation's ADO organization. */
  ObjectNode delivery() {
    try (InputStream in = IntakeIT.class.getResourceAsStream("IntakeIT/workitem-updated.json")) {
      ObjectNode body = (ObjectNode) JSON.readTree(in);
      ((ObjectNode) body.get("resourceContainers").get("collection"))
          .put("id", installed.ado().id());
      body.put("subscriptionId", UUID.randomUUID().toString());
      body.put("id", UUID.randomUUID().toString());
      return body;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  TestApi.Response deliver(JsonNode body, String sharedSecret) {
    return integrations.deliver(JSON.writeValueAsString(body), sharedSecret);
  }

  JsonNode deliveries() {
    TestApi.Response response =
        api.get(installed.path() + "deliveries/", installed.org().owner().token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  long count(String sql, Map<String, ?> params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  @Nested
  class Accepting {

    @Test
    void storesTheDeliveryAsReceivedWithItsDrainAndAnswers200() {
      ObjectNode body = delivery();

      TestApi.Response response = deliver(body, secret);

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode stored = deliveries().get(0);
      assertThat(stored.get("status").asString()).isEqualTo("received");
      assertThat(stored.get("eventType").asString()).isEqualTo("workitem.updated");
      long id = stored.get("id").asLong();
      assertThat(
              jdbc.sql("select body from webhook_deliveries where id = :id")
                  .param("id", id)
                  .query(String.class)
                  .single())
          .isEqualTo(JSON.writeValueAsString(body));
      assertThat(
              count(
                  "select count(*) from scheduled_tasks where task_name = 'webhooks.deliveries'"
                      + " and task_instance like :key",
                  Map.of("key", DeliveryDrain.key(installed.id()) + "%")))
          .isPositive();
      assertThat(handler.of(installed.id())).isEmpty();
    }

    @Test
    void handsTheDeliveryToTheHandlersOfItsEventTypeInAJob() {
      deliver(delivery(), secret);

      dueJobs.run();

      assertThat(handler.of(installed.id()))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.eventType()).isEqualTo("workitem.updated");
                assertThat(d.installation().organizationId()).isPositive();
                assertThat(d.resource().get("rev").asInt()).isEqualTo(2);
              });
      assertThat(deliveries().get(0).get("status").asString()).isEqualTo("processed");
    }

    @Test
    void aRedeliveryIsAnswered200AndHandledOnce() {
      ObjectNode body = delivery();
      deliver(body, secret);
      dueJobs.run();

      TestApi.Response again = deliver(body, secret);
      dueJobs.run();

      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
      assertThat(handler.of(installed.id())).hasSize(1);
      assertThat(deliveries()).hasSize(1);
    }

    @Test
    void anEventTypeNobodyHandlesIsAnswered200AndStoredAsIgnored() {
      ObjectNode body = delivery();
      body.put("eventType", "build.complete");

      TestApi.Response response = deliver(body, secret);

      assertThat(response.status()).isEqualTo(200);
      assertThat(deliveries().get(0).get("status").asString()).isEqualTo("ignored");
      dueJobs.run();
      assertThat(handler.of(installed.id())).isEmpty();
    }

    @Test
    void aFailingHandlerIsRetriedWithBackoff() {
      handler.failNext(1);
      deliver(delivery(), secret);
      dueJobs.run();
      assertThat(handler.of(installed.id())).isEmpty();
      assertThat(deliveries().get(0).get("status").asString()).isEqualTo("received");

      clock.advance(Duration.ofMinutes(1));
      dueJobs.run();

      assertThat(handler.of(installed.id())).hasSize(1);
    }

    @Test
    void answersOnceTheDeliveryIsStoredAndItsDrainQueued() {
      ObjectNode body = delivery();
      String key = Intake.deliveryKey(body, JSON.writeValueAsString(body));

      Intake.Answer answer = intake.receive(JSON.writeValueAsBytes(body), secret);

      assertThat(answer.result()).isEqualTo(Intake.Result.ACCEPTED);
      // committed by the intake's writer before the answer: visible to any other transaction
      assertThat(
              count(
                  "select count(*) from webhook_deliveries where delivery_key = :key"
                      + " and status = 'received'",
                  Map.of("key", key)))
          .isOne();
      assertThat(
              count(
                  "select count(*) from scheduled_tasks where task_name = 'webhooks.deliveries'"
                      + " and task_instance like :key",
                  Map.of("key", DeliveryDrain.key(installed.id()) + "%")))
          .isPositive();
    }
  }

  @Nested
  class Refusing {

    @Test
    void anUnreadableBodyWith400() {
      TestApi.Response response = integrations.deliver("{not json", secret);

      assertThat(response.status()).isEqualTo(400);
      JsonNode rejected = api.get("/api/0/webhooks/rejected/", TestApi.ADMIN_TOKEN).json().get(0);
      assertThat(rejected.get("reason").asString()).contains("not a JSON object");
      assertThat(rejected.get("httpStatus").asInt()).isEqualTo(400);
    }

    @Test
    void aPayloadWithoutEventTypeOrOrganizationWith400() {
      ObjectNode noEventType = delivery();
      noEventType.remove("eventType");
      ObjectNode noCollection = delivery();
      ((ObjectNode) noCollection.get("resourceContainers")).remove("collection");

      assertThat(deliver(noEventType, secret).status()).isEqualTo(400);
      assertThat(deliver(noCollection, secret).status()).isEqualTo(400);
      assertThat(
              api.get("/api/0/webhooks/rejected/", TestApi.ADMIN_TOKEN)
                  .json()
                  .get(0)
                  .get("reason")
                  .asString())
          .contains("resourceContainers.collection.id");
    }

    @Test
    void anUnknownOrganizationWith400IntegrationDoesNotExist() {
      ObjectNode body = delivery();
      ((ObjectNode) body.get("resourceContainers").get("collection"))
          .put("id", UUID.randomUUID().toString());

      TestApi.Response response = deliver(body, secret);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().get("detail").asString()).isEqualTo("Integration does not exist.");
    }

    @Test
    void aMissingSecretWith401AndKeepsTheRejection() {
      TestApi.Response response = deliver(delivery(), null);

      assertThat(response.status()).isEqualTo(401);
      JsonNode rejected = deliveries().get(0);
      assertThat(rejected.get("status").asString()).isEqualTo("rejected");
      assertThat(rejected.get("httpStatus").asInt()).isEqualTo(401);
      assertThat(rejected.get("reason").asString()).contains("no shared-secret");
      assertThat(rejected.get("receivedAt").asString()).isNotBlank();
    }

    @Test
    void aWrongSecretWith401() {
      TestApi.Response response = deliver(delivery(), secret.substring(1) + "0");

      assertThat(response.status()).isEqualTo(401);
      assertThat(deliveries().get(0).get("reason").asString()).contains("matches no installation");
      dueJobs.run();
      assertThat(handler.of(installed.id())).isEmpty();
    }

    @Test
    void aBodyOverOneMebibyteWith413AndKeepsTheRejectionForTheSecretsInstallation() {
      ObjectNode body = delivery();
      body.put("padding", "x".repeat(1024 * 1024));

      assertThat(deliver(body, secret).status()).isEqualTo(413);

      JsonNode rejected =
          api.get(installed.path() + "deliveries/?status=rejected", installed.org().owner().token())
              .json()
              .get(0);
      assertThat(rejected.get("httpStatus").asInt()).isEqualTo(413);
      assertThat(rejected.get("reason").asString()).isEqualTo("body over 1 MiB");
      assertThat(rejected.get("installationId").asLong()).isEqualTo(installed.id());
      assertThat(rejected.get("receivedAt").asString()).isNotBlank();
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsKeptToo() throws Exception {
      byte[] body = ("{\"padding\": \"" + "x".repeat(1100 * 1024) + "\"}").getBytes();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(api.baseUrl() + "/extensions/vsts/issue-updated/"))
              .header("shared-secret", secret)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
              .build();

      int status =
          HttpClient.newHttpClient()
              .send(request, HttpResponse.BodyHandlers.discarding())
              .statusCode();

      assertThat(status).isEqualTo(413);
      assertThat(deliveries().get(0).get("httpStatus").asInt()).isEqualTo(413);
    }

    @Test
    void aBodyOverOneMebibyteWithoutAKnownSecretIsKeptUnattributed() {
      String marker = "no-secret-" + UUID.randomUUID();
      int oversizedBefore =
          (int)
              api.get("/api/0/webhooks/rejected/", TestApi.ADMIN_TOKEN)
                  .json()
                  .valueStream()
                  .filter(rejected -> rejected.get("httpStatus").asInt() == 413)
                  .count();
      TestApi.Response response =
          api.send(
              "POST",
              "/extensions/vsts/issue-updated/",
              Map.of("shared-secret", marker),
              "{\"padding\": \"" + "x".repeat(1024 * 1024) + "\"}");

      assertThat(response.status()).isEqualTo(413);
      // other tests move the shared clock: find the rejection by its status, not by position
      assertThat(api.get("/api/0/webhooks/rejected/", TestApi.ADMIN_TOKEN).json())
          .filteredOn(rejected -> rejected.get("httpStatus").asInt() == 413)
          .hasSizeGreaterThan(oversizedBefore)
          .allMatch(rejected -> rejected.get("installationId").isNull());
      assertThat(deliveries()).noneMatch(d -> d.get("httpStatus").asInt() == 413);
    }

    @Test
    void noSessionOrCsrfTokenIsNeeded() {
      TestApi.Response response =
          api.send(
              "POST",
              "/extensions/vsts/issue-updated/",
              Map.of("shared-secret", secret, "Cookie", "JSESSIONID=whatever"),
              new String(JSON.writeValueAsBytes(delivery()), StandardCharsets.UTF_8));

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("Set-Cookie")).isEmpty();
    }
  }
}
