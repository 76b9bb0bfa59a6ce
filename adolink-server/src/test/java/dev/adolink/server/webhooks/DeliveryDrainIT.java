package dev.adolink.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@AdolinkIT
class DeliveryDrainIT {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired IntegrationFixtures integrations;
  @Autowired RecordingDeliveryHandler handler;
  @Autowired DueJobs dueJobs;
  @Autowired JdbcClient jdbc;
  @Autowired Jobs jobs;
  @Autowired Inbox inbox;
  @Autowired TransactionTemplate transactions;
  @Autowired MutableClock clock;
  @Autowired IntakeWriter writer;
  @Autowired TestApi api;

  Installed installed;
  String secret;

  @BeforeEach
  void install() {
    installed = integrations.installed();
    secret = integrations.secret(installed, "workitem.updated");
  }

  @AfterEach
  void stopFailing() {
    handler.failNext(0);
    handler.first(null);
  }

  /** A new {@code workitem.updated} of the installation (always the same work item). */
  String body() {
    try (InputStream in = IntakeIT.class.getResourceAsStream("IntakeIT/workitem-updated.json")) {
      ObjectNode body = (ObjectNode) JSON.readTree(in);
      ((ObjectNode) body.get("resourceContainers").get("collection"))
          .put("id", installed.ado().id());
      body.put("subscriptionId", UUID.randomUUID().toString());
      body.put("id", UUID.randomUUID().toString());
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Delivers a new {@code workitem.updated}; returns its id. */
  long deliver() {
    assertThat(integrations.deliver(body(), secret).status()).isEqualTo(200);
    return jdbc.sql("select max(id) from webhook_deliveries where integration_id = :installation")
        .param("installation", installed.id())
        .query(Long.class)
        .single();
  }

  List<Long> handled() {
    return handler.of(installed.id()).stream().map(Delivery::id).toList();
  }

  String status(long id) {
    return jdbc.sql("select status from webhook_deliveries where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  long drainJobs() {
    return jdbc.sql(
            "select count(*) from scheduled_tasks where task_name = 'webhooks.deliveries'"
                + " and task_instance like :key")
        .param("key", DeliveryDrain.key(installed.id()) + "%")
        .query(Long.class)
        .single();
  }

  @Test
  void aBurstOfDeliveriesIsAppliedInArrivalOrderExactlyOnceByOneDrain() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2 * DeliveryDrain.BATCH + 7; i++) {
      ids.add(deliver());
    }
    // the installation's drain, and one for the slot the burst arrived in (the clock stands still)
    assertThat(drainJobs()).as("drain jobs queued by the burst").isEqualTo(2);

    dueJobs.run();

    assertThat(handled()).containsExactlyElementsOf(ids);
    assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("processed"));
    clock.advance(DeliveryDrain.SLOT);
    dueJobs.run();
    assertThat(drainJobs()).isZero();
    assertThat(handled()).hasSameSizeAs(ids);
  }

  @Test
  void aDeliveryWhoseHandlerFailsIsRetriedWithBackoffWithoutHoldingUpTheOthers() {
    handler.failNext(1);
    long failing = deliver();
    long second = deliver();
    long third = deliver();

    dueJobs.run();

    assertThat(handled()).containsExactly(second, third);
    assertThat(status(failing)).isEqualTo("received");

    clock.advance(Duration.ofSeconds(29));
    dueJobs.run();
    assertThat(handled()).containsExactly(second, third);

    clock.advance(Duration.ofSeconds(2));
    dueJobs.run();
    assertThat(handled()).containsExactly(second, third, failing);
    assertThat(status(failing)).isEqualTo("processed");
  }

  @Test
  void aDeliveryFailingOnEveryAttemptIsMarkedFailedWithItsReason() {
    handler.failNext(DeliveryDrain.MAX_ATTEMPTS);
    long failing = deliver();

    for (int attempt = 0; attempt < DeliveryDrain.MAX_ATTEMPTS; attempt++) {
      dueJobs.run();
      clock.advance(Duration.ofHours(3));
    }
    dueJobs.run();

    assertThat(status(failing)).isEqualTo("failed");
    assertThat(handled()).isEmpty();
    assertThat(
            jdbc.sql("select reason from webhook_deliveries where id = :id")
                .param("id", failing)
                .query(String.class)
                .single())
        .contains("told to fail");
  }

  @Test
  void deliveriesArrivingTogetherAreStoredInOneCommitAndAnsweredOnlyAfterIt() throws Exception {
    int count = 8;
    ExecutorService senders = Executors.newFixedThreadPool(count);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      long groupsBefore;
      try (IntakeWriter.Hold held = writer.hold()) {
        groupsBefore = writer.groups();
        for (int i = 0; i < count; i++) {
          String body = body();
          answers.add(senders.submit(() -> integrations.deliver(body, secret).status()));
        }
        // every delivery waits for a writer, or was taken by one that waits for the hold
        await().atMost(Duration.ofSeconds(30)).until(() -> writer.unanswered() == count);

        assertThat(answers).noneMatch(Future::isDone);
        assertThat(stored()).isZero();
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
      }
      // one group on H2 (one writer); one per writer at most on PostgreSQL
      assertThat(writer.groups() - groupsBefore)
          .as("transactions")
          .isBetween(1L, (long) writer.writers());
      assertThat(stored()).isEqualTo(count);
    } finally {
      senders.shutdownNow();
    }

    dueJobs.run();

    assertThat(handled()).hasSize(count);
  }

  @Test
  void aDeliveryFailingAmongOthersOfItsWorkItemIsRolledBackAloneAndTheOthersAreApplied() {
    long before = deliver();
    long failing = deliver();
    long after = deliver();
    // each handling writes, as a real handler does; the failing one fails after its write
    handler.first(
        delivery ->
            transactions.executeWithoutResult(
                status -> {
                  inbox.reject(
                      installed.id(),
                      installed.ado().id(),
                      "test.write",
                      400,
                      "written while applying " + delivery.id(),
                      null,
                      clock.instant());
                  if (delivery.id() == failing) {
                    throw new IllegalStateException("told to fail after writing");
                  }
                }));

    dueJobs.run();

    assertThat(handled()).containsExactly(before, after);
    assertThat(status(before)).isEqualTo("processed");
    assertThat(status(after)).isEqualTo("processed");
    assertThat(status(failing)).isEqualTo("received");
    assertThat(
            jdbc.sql(
                    "select reason from webhook_deliveries where integration_id = :installation"
                        + " and event_type = 'test.write' order by id")
                .param("installation", installed.id())
                .query(String.class)
                .list())
        .containsExactly("written while applying " + before, "written while applying " + after);
  }

  long stored() {
    return jdbc.sql(
            "select count(*) from webhook_deliveries where integration_id = :installation"
                + " and status = 'received'")
        .param("installation", installed.id())
        .query(Long.class)
        .single();
  }

  /** Fails a new delivery on every attempt until it is {@code failed}; returns its id. */
  long failedDelivery() {
    long failing = deliver();
    handler.first(
        delivery -> {
          if (delivery.id() == failing) {
            throw new IllegalStateException("told to fail");
          }
        });
    for (int attempt = 0; attempt < DeliveryDrain.MAX_ATTEMPTS; attempt++) {
      dueJobs.run();
      clock.advance(Duration.ofHours(3));
    }
    dueJobs.run();
    assertThat(status(failing)).isEqualTo("failed");
    handler.first(null);
    return failing;
  }

  TestApi.Response retry(long deliveryId) {
    return api.post(
        installed.path() + "deliveries/" + deliveryId + "/retry/",
        installed.org().owner().token(),
        null);
  }

  @Test
  void anOperatorsRetryAppliesAFailedDeliveryAgainWithFreshAttempts() {
    long failed = failedDelivery();

    TestApi.Response response = retry(failed);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("status").asString()).isEqualTo("received");
    assertThat(response.json().get("reason").isNull()).isTrue();
    dueJobs.run();
    assertThat(handled()).containsExactly(failed);
    assertThat(status(failed)).isEqualTo("processed");
  }

  @Test
  void onlyAFailedDeliveryCanBeRetried() {
    long processed = deliver();
    dueJobs.run();

    TestApi.Response response = retry(processed);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("detail").asString())
        .isEqualTo(
            "Only a failed delivery can be retried; delivery " + processed + " is processed.");
    assertThat(retry(processed + 1000).status()).isEqualTo(404);
    assertThat(handled()).containsExactly(processed);
  }

  @Test
  void aDeliveryStoredWhileTheDrainIsFinishingIsAppliedByTheNextSlotsDrain() {
    long first = deliver();
    // the drain is running and past its last read (it found nothing more)
    jdbc.sql("update scheduled_tasks set picked = true where task_instance = :key")
        .param("key", DeliveryDrain.key(installed.id()))
        .update();

    long stored = deliver();
    // ... and finishes without having seen the delivery stored meanwhile
    jdbc.sql("delete from scheduled_tasks where task_instance = :key")
        .param("key", DeliveryDrain.key(installed.id()))
        .update();

    dueJobs.run();
    assertThat(status(stored)).isEqualTo("received");

    clock.advance(DeliveryDrain.SLOT);
    dueJobs.run();

    assertThat(handled()).containsExactly(first, stored);
  }

  @Test
  void aDeliveryStoredWhileItsDrainRunsIsAppliedByThatDrain() {
    long first = deliver();
    List<Long> storedMeanwhile = new ArrayList<>();
    // the first delivery's handling stores the next one (another request, at the same moment)
    handler.whileHandling(() -> storedMeanwhile.add(deliver()));

    dueJobs.run();

    assertThat(handled()).containsExactly(first, storedMeanwhile.get(0));
  }

  @Test
  void oneInstallationsDeliveriesAreClaimedByOneDrainAtATime() {
    long first = deliver();
    long second = deliver();
    Instant now = clock.instant();

    List<Inbox.Stored> one =
        transactions.execute(
            status -> inbox.claim(installed.id(), "one", 50, now, now.plusSeconds(60)));
    List<Inbox.Stored> other =
        transactions.execute(
            status -> inbox.claim(installed.id(), "other", 50, now, now.plusSeconds(60)));
    List<Inbox.Stored> afterTheLease =
        transactions.execute(
            status ->
                inbox.claim(
                    installed.id(), "other", 50, now.plusSeconds(61), now.plusSeconds(120)));

    assertThat(one).extracting(Inbox.Stored::id).containsExactly(first, second);
    assertThat(other).isEmpty();
    assertThat(afterTheLease).extracting(Inbox.Stored::id).containsExactly(first, second);
  }

  @Test
  void aDeliveryJobStoredBeforeTheUpgradeStillAppliesItsDelivery() {
    long id = deliver();
    jdbc.sql("delete from scheduled_tasks where task_instance like :key")
        .param("key", DeliveryDrain.key(installed.id()) + "%")
        .update();
    jobs.enqueue(DeliveryJob.TYPE, DeliveryJob.key(id), new DeliveryJob.Payload(id));

    dueJobs.run();

    assertThat(handled()).containsExactly(id);
    assertThat(status(id)).isEqualTo("processed");
  }
}
