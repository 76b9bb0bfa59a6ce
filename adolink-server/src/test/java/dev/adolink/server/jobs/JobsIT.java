package dev.adolink.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.server.jobs.RecordingJob.Payload;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Durable jobs on db-scheduler, run with {@link DueJobs} and the test clock. */
@AdolinkIT
class JobsIT {

  @Autowired Jobs jobs;
  @Autowired DueJobs dueJobs;
  @Autowired RecordingJob recordingJob;
  @Autowired MutableClock clock;
  @Autowired TransactionTemplate transactions;
  @Autowired TestApi api;
  @Autowired TrackerFixtures fixtures;

  @Nested
  class Running {

    @Test
    void anEnqueuedJobRunsWhenDueJobsAreRun() {
      String key = TrackerFixtures.unique("run");
      assertThat(jobs.enqueue(RecordingJob.TYPE, key, new Payload("hello"))).isTrue();
      assertThat(recordingJob.runsOf(key)).isEmpty();

      dueJobs.run();

      assertThat(recordingJob.runsOf(key)).containsExactly(key + ":hello:1");
    }

    @Test
    void enqueueingTheSameTypeAndKeyTwiceRunsOnce() {
      String key = TrackerFixtures.unique("twice");
      assertThat(jobs.enqueue(RecordingJob.TYPE, key, new Payload("first"))).isTrue();
      assertThat(jobs.enqueue(RecordingJob.TYPE, key, new Payload("second"))).isFalse();

      dueJobs.run();

      assertThat(recordingJob.runsOf(key)).containsExactly(key + ":first:1");
    }

    @Test
    void aJobCanQueueFurtherJobsWhichRunInTheSameRound() {
      String key = TrackerFixtures.unique("chain");
      jobs.enqueue(FollowUpJob.TYPE, key, new Payload("next"));

      dueJobs.run();

      assertThat(recordingJob.runsOf("after-" + key)).containsExactly("after-" + key + ":next:1");
    }

    @Test
    void anUnregisteredJobTypeIsRefused() {
      JobType<Payload> unknown =
          new JobType<>("test.unknown", Payload.class, 1, RecordingJob.TYPE.backoff());
      assertThatThrownBy(() -> jobs.enqueue(unknown, "k", new Payload("x")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJobForLaterWaitsForTheClock() {
      String key = TrackerFixtures.unique("later");
      jobs.enqueueAt(RecordingJob.TYPE, key, new Payload("x"), clock.instant().plusSeconds(600));

      dueJobs.run();
      assertThat(recordingJob.runsOf(key)).isEmpty();

      clock.advance(Duration.ofMinutes(10));
      dueJobs.run();
      assertThat(recordingJob.runsOf(key)).hasSize(1);
    }

    @Test
    void aJobEnqueuedInATransactionThatRollsBackNeverExists() {
      String key = TrackerFixtures.unique("rollback");
      transactions.executeWithoutResult(
          status -> {
            jobs.enqueue(RecordingJob.TYPE, key, new Payload("x"));
            status.setRollbackOnly();
          });

      dueJobs.run();

      assertThat(recordingJob.runsOf(key)).isEmpty();
      assertThat(jobs.enqueue(RecordingJob.TYPE, key, new Payload("x"))).isTrue();
    }
  }

  @Nested
  class Failures {

    @Test
    void aFailingJobIsRetriedAfterAnExponentialBackoff() {
      String key = TrackerFixtures.unique("retry");
      recordingJob.failNext(key, 2);
      jobs.enqueue(RecordingJob.TYPE, key, new Payload("x"));

      dueJobs.run();
      assertThat(recordingJob.runsOf(key)).hasSize(1);
      clock.advance(Duration.ofSeconds(59));
      dueJobs.run();
      assertThat(recordingJob.runsOf(key)).hasSize(1);
      clock.advance(Duration.ofSeconds(1));
      dueJobs.run();
      assertThat(recordingJob.runsOf(key)).hasSize(2);
      clock.advance(Duration.ofSeconds(119));
      dueJobs.run();
      assertThat(recordingJob.runsOf(key)).hasSize(2);
      clock.advance(Duration.ofSeconds(1));
      dueJobs.run();

      assertThat(recordingJob.runsOf(key))
          .containsExactly(key + ":x:1", key + ":x:2", key + ":x:3");
      assertThat(failedKeys()).doesNotContain(key);
    }

    @Test
    void aJobOutOfAttemptsIsListedAsFailedAndCanBeRetried() {
      String key = TrackerFixtures.unique("exhausted");
      recordingJob.failNext(key, 3);
      jobs.enqueue(RecordingJob.TYPE, key, new Payload("x"));
      runThroughBackoff();

      assertThat(recordingJob.runsOf(key)).hasSize(3);
      assertThat(recordingJob.gaveUp(key)).isTrue();
      JsonNode failed = failedJob(key);
      assertThat(failed.get("type").asString()).isEqualTo("test.recording");
      assertThat(failed.get("attempts").asInt()).isEqualTo(3);
      assertThat(failed.get("error").asString()).contains("told to fail");
      assertThat(failed.get("payload").asString()).isEqualTo("{\"text\":\"x\"}");

      var retry =
          api.post(
              "/api/0/jobs/failed/" + failed.get("id").asString() + "/retry/",
              TestApi.ADMIN_TOKEN,
              null);
      assertThat(retry.status()).isEqualTo(202);
      dueJobs.run();

      assertThat(recordingJob.runsOf(key)).hasSize(4).last().isEqualTo(key + ":x:1");
      assertThat(failedKeys()).doesNotContain(key);
    }

    @Test
    void aPermanentFailureSkipsTheRemainingAttempts() {
      String key = TrackerFixtures.unique("permanent");
      recordingJob.failPermanently(key);
      jobs.enqueue(RecordingJob.TYPE, key, new Payload("x"));

      dueJobs.run();

      assertThat(recordingJob.runsOf(key)).hasSize(1);
      assertThat(failedJob(key).get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void onlySuperusersSeeFailedJobs() {
      var org = fixtures.organization();
      assertThat(api.get("/api/0/jobs/failed/", org.owner().token()).status()).isEqualTo(403);
      assertThat(api.post("/api/0/jobs/failed/1/retry/", org.owner().token(), null).status())
          .isEqualTo(403);
      assertThat(api.post("/api/0/jobs/failed/999999/retry/", TestApi.ADMIN_TOKEN, null).status())
          .isEqualTo(404);
    }

    private void runThroughBackoff() {
      for (int i = 0; i < 4; i++) {
        dueJobs.run();
        clock.advance(Duration.ofMinutes(10));
      }
    }

    private JsonNode failedJob(String key) {
      return api.get("/api/0/jobs/failed/", TestApi.ADMIN_TOKEN)
          .json()
          .valueStream()
          .filter(job -> job.get("key").asString().equals(key))
          .findFirst()
          .orElseThrow();
    }

    private List<String> failedKeys() {
      return api.get("/api/0/jobs/failed/", TestApi.ADMIN_TOKEN)
          .json()
          .valueStream()
          .map(job -> job.get("key").asString())
          .toList();
    }
  }

  @Nested
  class SeveralInstances {

    @Autowired DataSource dataSource;
    @Autowired JobTasks tasks;
    @Autowired JsonTaskSerializer serializer;
    @Autowired Clock appClock;

    @Test
    void twoSchedulersOnOneDatabaseNeverRunAJobTwice() throws Exception {
      String prefix = TrackerFixtures.unique("shared");
      for (int i = 0; i < 30; i++) {
        jobs.enqueue(RecordingJob.TYPE, prefix + "-" + i, new Payload("x"));
      }
      DueJobs first = new DueJobs(dataSource, tasks, serializer, appClock, "instance-a");
      DueJobs second = new DueJobs(dataSource, tasks, serializer, appClock, "instance-b");

      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        List<Future<?>> rounds = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
          rounds.add(threads.submit(first::runOnce));
          rounds.add(threads.submit(second::runOnce));
        }
        for (Future<?> round : rounds) {
          round.get();
        }
      } finally {
        threads.shutdown();
      }
      dueJobs.run();

      for (int i = 0; i < 30; i++) {
        assertThat(recordingJob.runsOf(prefix + "-" + i)).as("job %d", i).hasSize(1);
      }
    }
  }
}
