package dev.adolink.emulator.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.support.Client;
import dev.adolink.emulator.wit.OrgWorkItems;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeliveriesTest {

  static AdoEmulator ado;
  HooksFixture hooks;
  WebhookReceiver receiver;
  OrgWorkItems items;

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
    receiver = new WebhookReceiver();
    items = ado.workItems("fabrikam");
    ado.clock().freeze();
    ado.hooks().deliveryTimeout(Duration.ofSeconds(20));
  }

  @AfterEach
  void closeReceiver() {
    ado.hooks().awaitIdle();
    receiver.close();
    ado.clock().unfreeze();
  }

  private Map<String, String> webhook(String path, String... extra) {
    Map<String, String> inputs = new HashMap<>();
    inputs.put("url", receiver.url(path));
    for (int i = 0; i < extra.length; i += 2) {
      inputs.put(extra[i], extra[i + 1]);
    }
    return inputs;
  }

  private String subscribe(String eventType, String path, String... extra) {
    return hooks.subscribe(eventType, Map.of(), webhook(path, extra)).get("id").asString();
  }

  private int bug(String title) {
    return items.create("Web", "Bug", Map.of("System.Title", title));
  }

  private void advance(Duration duration) {
    ado.clock().advance(duration);
    ado.hooks().awaitIdle();
  }

  @Nested
  class Envelope {
    @Test
    void aChangeIsPostedWithAdosEnvelopeHeadersAndBasicAuth() {
      String id =
          subscribe(
              "workitem.updated",
              "/hook",
              "httpHeaders",
              "shared-secret:s3cret\nX-Other: two",
              "basicAuthUsername",
              "sentry",
              "basicAuthPassword",
              "hunter2");
      int item = bug("Crash");

      items.update(item, Map.of("System.State", "Active", "System.AssignedTo", "bob@example.com"));
      ado.hooks().awaitIdle();

      List<WebhookReceiver.Received> received = receiver.received("/hook");
      assertThat(received).hasSize(1);
      WebhookReceiver.Received delivery = received.get(0);
      assertThat(delivery.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
      assertThat(delivery.header("shared-secret")).isEqualTo("s3cret");
      assertThat(delivery.header("X-Other")).isEqualTo("two");
      assertThat(delivery.header("Authorization"))
          .isEqualTo(
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString("sentry:hunter2".getBytes(StandardCharsets.UTF_8)));
      JsonNode body = delivery.json();
      String orgId = ado.organization("fabrikam").id().toString();
      assertThat(body.get("subscriptionId").asString()).isEqualTo(id);
      assertThat(body.get("notificationId").asInt()).isEqualTo(1);
      assertThat(body.get("eventType").asString()).isEqualTo("workitem.updated");
      assertThat(body.get("publisherId").asString()).isEqualTo("tfs");
      assertThat(body.get("resourceVersion").asString()).isEqualTo("1.0");
      assertThat(body.get("resourceContainers").get("collection").get("id").asString())
          .isEqualTo(orgId);
      assertThat(body.get("resourceContainers").get("account").get("id").asString())
          .isEqualTo(orgId);
      assertThat(body.get("resourceContainers").get("project").get("id").asString())
          .isEqualTo(hooks.projectId);
      assertThat(body.get("resourceContainers").get("project").get("baseUrl").asString())
          .isEqualTo(ado.organizationUrl("fabrikam"));
      JsonNode resource = body.get("resource");
      assertThat(resource.get("workItemId").asInt()).isEqualTo(item);
      assertThat(resource.get("id").asInt()).isEqualTo(2);
      assertThat(resource.get("fields").get("System.State").get("oldValue").asString())
          .isEqualTo("New");
      assertThat(resource.get("fields").get("System.State").get("newValue").asString())
          .isEqualTo("Active");
      assertThat(resource.get("fields").get("System.AssignedTo").get("newValue").asString())
          .isEqualTo("Bob Jones <bob@example.com>");
      assertThat(resource.get("revisedBy").get("name").asString())
          .isEqualTo("Alice Smith <alice@example.com>");
      assertThat(resource.get("revision").get("fields").get("System.State").asString())
          .isEqualTo("Active");
      assertThat(body.get("message").get("text").asString())
          .startsWith("Bug #" + item + " (Crash) updated by Alice Smith.");
    }

    @Test
    void theUpdatePayloadAgreesWithTheUpdatesApi() {
      subscribe("workitem.updated", "/hook");
      int item = bug("Agree");
      items.update(item, Map.of("System.Title", "Agreed"));
      ado.hooks().awaitIdle();

      JsonNode pushed = receiver.received("/hook").get(0).json().get("resource");
      JsonNode fetched =
          hooks.alice.get("_apis/wit/workItems/" + item + "/updates/2?api-version=4.1").json();

      assertThat(pushed.get("fields").propertyNames())
          .containsExactlyElementsOf(fetched.get("fields").propertyNames());
      assertThat(pushed.get("rev").asInt()).isEqualTo(fetched.get("rev").asInt());
    }

    @Test
    void resourceDetailsAndMessagesFollowTheSubscription() {
      subscribe(
          "workitem.created",
          "/minimal",
          "resourceDetailsToSend",
          "minimal",
          "messagesToSend",
          "none",
          "detailedMessagesToSend",
          "text");
      subscribe("workitem.created", "/none", "resourceDetailsToSend", "none");

      bug("Shapes");
      ado.hooks().awaitIdle();

      JsonNode minimal = receiver.received("/minimal").get(0).json();
      JsonNode none = receiver.received("/none").get(0).json();
      assertThat(minimal.get("resource").propertyNames())
          .containsExactlyInAnyOrder("id", "rev", "url");
      assertThat(minimal.get("message").isNull()).isTrue();
      assertThat(minimal.get("detailedMessage").propertyNames()).containsExactly("text");
      assertThat(none.get("resource").isNull()).isTrue();
    }

    @Test
    void aHistoryWriteSendsUpdatedAndCommentedAndNotificationIdsCountPerSubscription() {
      subscribe("workitem.commented", "/commented");
      subscribe("workitem.updated", "/updated");
      int item = bug("Talk");

      items.update(item, Map.of("System.History", "first"));
      items.comment(item, "second");
      ado.hooks().awaitIdle();

      List<WebhookReceiver.Received> commented = receiver.received("/commented");
      assertThat(commented).hasSize(2);
      assertThat(
              commented
                  .get(0)
                  .json()
                  .get("resource")
                  .get("fields")
                  .get("System.History")
                  .asString())
          .isEqualTo("first");
      assertThat(commented.get(1).json().get("notificationId").asInt()).isEqualTo(2);
      assertThat(commented.get(1).json().get("detailedMessage").get("text").asString())
          .endsWith("second");
      assertThat(receiver.received("/updated")).hasSize(2);
    }

    @Test
    void deletedAndRestoredAreDelivered() {
      subscribe("workitem.deleted", "/deleted");
      subscribe("workitem.restored", "/restored");
      int item = bug("Gone");

      items.delete(item);
      items.restore(item);
      ado.hooks().awaitIdle();

      assertThat(receiver.received("/deleted").get(0).json().get("resource").get("url").asString())
          .endsWith("_apis/wit/recycleBin/" + item);
      assertThat(receiver.received("/restored").get(0).json().get("resource").get("id").asInt())
          .isEqualTo(item);
    }
  }

  @Nested
  class Filters {
    @Test
    void publisherInputsSelectTheEvents() {
      items.addArea("Web", "Backend");
      hooks.subscribe("workitem.updated", Map.of("areaPath", "Web\\Backend"), webhook("/area"));
      hooks.subscribe("workitem.updated", Map.of("workItemType", "Task"), webhook("/task"));
      hooks.subscribe(
          "workitem.updated", Map.of("changedFields", "System.State"), webhook("/state"));
      hooks.subscribe(
          "workitem.updated",
          Map.of("projectId", java.util.UUID.randomUUID().toString()),
          webhook("/other"));
      int backendBug =
          items.create(
              "Web", "Bug", Map.of("System.Title", "b", "System.AreaPath", "Web\\Backend"));
      int task = items.create("Web", "Task", Map.of("System.Title", "t"));

      items.update(backendBug, Map.of("System.Title", "b2"));
      items.update(task, Map.of("System.State", "Active"));
      ado.hooks().awaitIdle();

      assertThat(receiver.received("/area")).hasSize(1);
      assertThat(receiver.received("/task")).hasSize(1);
      assertThat(receiver.received("/state")).hasSize(1);
      assertThat(
              receiver.received("/state").get(0).json().get("resource").get("workItemId").asInt())
          .isEqualTo(task);
      assertThat(receiver.received("/other")).isEmpty();
    }

    @Test
    void gitPushesAreFilteredByRepositoryAndBranch() {
      String repo = ado.repository("fabrikam", "Web", "Web").id().toString();
      hooks.subscribe("git.push", Map.of("repository", repo, "branch", "main"), webhook("/main"));
      hooks.subscribe("git.push", Map.of("branch", "develop"), webhook("/develop"));

      ado.commit(
          "fabrikam",
          "Web",
          "Web",
          "alice@example.com",
          "main",
          "First commit",
          dev.adolink.emulator.git.PushSpec.ChangeSpec.add("/README.md", "hello"));
      ado.hooks().awaitIdle();

      assertThat(receiver.received("/develop")).isEmpty();
      JsonNode push = receiver.received("/main").get(0).json();
      assertThat(push.get("eventType").asString()).isEqualTo("git.push");
      assertThat(push.get("resource").get("refUpdates").get(0).get("name").asString())
          .isEqualTo("refs/heads/main");
      assertThat(push.get("resourceContainers").get("project").get("id").asString())
          .isEqualTo(hooks.projectId);
    }

    @Test
    void deliveriesArriveInTheOrderOfTheChanges() {
      subscribe("workitem.updated", "/order");
      int item = bug("Order");
      for (int i = 1; i <= 10; i++) {
        items.update(item, Map.of("System.Title", "t" + i));
      }
      ado.hooks().awaitIdle();

      List<Integer> revs =
          receiver.received("/order").stream()
              .map(r -> r.json().get("resource").get("rev").asInt())
              .toList();
      assertThat(revs).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }
  }

  @Nested
  class Failures {
    @Test
    void transientFailuresAreRetriedOnTheEmulatorClockAndLaterEventsWait() {
      String id = subscribe("workitem.updated", "/flaky");
      receiver.answer(503, 502);
      int item = bug("Flaky");
      items.update(item, Map.of("System.Title", "one"));
      items.update(item, Map.of("System.Title", "two"));
      ado.hooks().awaitIdle();

      assertThat(receiver.received("/flaky")).hasSize(1);
      advance(Duration.ofSeconds(1));
      assertThat(receiver.received("/flaky")).hasSize(2);
      advance(Duration.ofSeconds(2));

      List<Integer> revs =
          receiver.received("/flaky").stream()
              .map(r -> r.json().get("resource").get("rev").asInt())
              .toList();
      assertThat(revs).containsExactly(2, 2, 2, 3);
      assertThat(hooks.status(id)).isEqualTo("enabled");
      List<dev.adolink.emulator.control.DeliveryLog.Delivery> log =
          ado.hooks().deliveries().deliveries();
      assertThat(log.get(0).attempts()).isEqualTo(3);
      assertThat(log.get(0).lastStatus()).isEqualTo(200);
    }

    @Test
    void eightFailedFastRetriesPutTheSubscriptionOnProbationAndASuccessRestoresIt() {
      String id = subscribe("workitem.updated", "/down");
      receiver.answer(503, 503, 503, 503, 503, 503, 503, 503, 503);
      items.update(bug("Down"), Map.of("System.Title", "x"));
      ado.hooks().awaitIdle();
      for (Duration wait : DeliveryPolicy.FAST_RETRIES) {
        advance(wait);
      }

      assertThat(receiver.received("/down")).hasSize(9);
      assertThat(hooks.status(id)).isEqualTo("onProbation");
      advance(Duration.ofMinutes(20));

      assertThat(receiver.received("/down")).hasSize(10);
      assertThat(hooks.status(id)).isEqualTo("enabled");
    }

    @Test
    void anEnduringFailureGoesOnProbationAndSevenMoreFailuresDisableTheSubscription() {
      String id = subscribe("workitem.updated", "/broken");
      receiver.answer(500, 500, 500, 500, 500, 500, 500, 500);
      items.update(bug("Broken"), Map.of("System.Title", "x"));
      ado.hooks().awaitIdle();

      assertThat(hooks.status(id)).isEqualTo("onProbation");
      for (int i = 0; i < 6; i++) {
        advance(DeliveryPolicy.PROBATION_RETRIES.get(i));
        assertThat(hooks.status(id)).isEqualTo("onProbation");
        assertThat(hooks.subscription(id).get("probationRetries").asInt()).isEqualTo(i + 1);
      }
      advance(DeliveryPolicy.PROBATION_RETRIES.get(6));

      assertThat(receiver.received("/broken")).hasSize(8);
      assertThat(hooks.status(id)).isEqualTo("disabledBySystem");
      items.update(
          items.create("Web", "Bug", Map.of("System.Title", "later")), Map.of("System.Title", "y"));
      ado.hooks().awaitIdle();
      assertThat(receiver.received("/broken")).hasSize(8);
    }

    @Test
    void goneDisablesAtOnceAndReEnablingResumesDeliveries() {
      String id = subscribe("workitem.updated", "/gone");
      receiver.answer(410);
      int item = bug("Gone");
      items.update(item, Map.of("System.Title", "x"));
      ado.hooks().awaitIdle();

      assertThat(hooks.status(id)).isEqualTo("disabledBySystem");
      Client.Answer enabled =
          Client.of(ado.baseUrl() + "_emulator/")
              .put("organizations/fabrikam/subscriptions/" + id, Map.of("status", "enabled"));
      items.update(item, Map.of("System.Title", "y"));
      ado.hooks().awaitIdle();

      assertThat(enabled.status()).isEqualTo(200);
      assertThat(receiver.received("/gone")).hasSize(2);
      assertThat(hooks.status(id)).isEqualTo("enabled");
    }

    @Test
    void aTimeoutIsATransientFailure() {
      ado.hooks().deliveryTimeout(Duration.ofMillis(200));
      String id = subscribe("workitem.updated", "/slow");
      receiver.hang();
      items.update(bug("Slow"), Map.of("System.Title", "x"));
      ado.hooks().awaitIdle();

      assertThat(ado.hooks().deliveries().deliveries().get(0).lastStatus()).isNull();
      advance(Duration.ofSeconds(1));
      assertThat(receiver.received("/slow")).hasSize(2);
      assertThat(hooks.status(id)).isEqualTo("enabled");
    }
  }

  @Nested
  class Log {
    @Test
    void deliveriesAreListedByTheControlApiAndTheNotificationsEndpoint() {
      String id = subscribe("workitem.created", "/log");
      bug("Logged");
      ado.hooks().awaitIdle();

      JsonNode log = Client.of(ado.baseUrl() + "_emulator/").get("deliveries").json();
      JsonNode notifications =
          hooks
              .alice
              .get("_apis/hooks/subscriptions/" + id + "/notifications?api-version=7.1")
              .json();

      assertThat(log.get(0).get("subscriptionId").asString()).isEqualTo(id);
      assertThat(log.get(0).get("eventType").asString()).isEqualTo("workitem.created");
      assertThat(log.get(0).get("attempts").asInt()).isEqualTo(1);
      assertThat(log.get(0).get("lastStatus").asInt()).isEqualTo(200);
      assertThat(notifications.get("value").get(0).get("result").asString()).isEqualTo("succeeded");
    }
  }
}
