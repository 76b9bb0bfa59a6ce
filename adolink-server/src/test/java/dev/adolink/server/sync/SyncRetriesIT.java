package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.Comment;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Outbound writes through throttling, outages and refused credentials; re-deliveries inbound. */
@AdolinkIT
class SyncRetriesIT {

  @Autowired SyncFixtures sync;
  @Autowired IntegrationFixtures integrations;
  @Autowired DueJobs dueJobs;
  @Autowired MutableClock clock;
  @Autowired TestApi api;
  @Autowired JdbcClient jdbc;

  Scenario s;
  int bug;
  long issue;

  @BeforeEach
  void linkedAndMapped() {
    s = sync.install(Map.of("sync_comments", true));
    s.configure(
        Map.of(
            "sync_status_forward",
            Map.of(s.projectId("Web"), Map.of("on_resolve", "Closed", "on_unresolve", "Active"))));
    bug = s.createWorkItem("Web", "Bug", "Crash");
    issue = s.linkedIssue("Crash", bug);
  }

  @AfterEach
  void clearFaults() {
    sync.clearFaults();
  }

  String state() {
    return s.workItem(bug).fields().state().orElseThrow();
  }

  JsonNode lastOutbound() {
    for (JsonNode entry : s.syncLog(issue)) {
      if (entry.get("direction").asString().equals("outbound")) {
        return entry;
      }
    }
    throw new AssertionError("no outbound entry");
  }

  static FaultSettings outage(int status, int requests) {
    return new FaultSettings(
        0, Optional.empty(), Optional.of(new FaultSettings.Outage(status, requests)));
  }

  @Test
  void anOutageIsRetriedWithBackoffAndEachAttemptIsRecorded() {
    sync.faults(outage(503, 100));
    s.updateIssue(issue, Map.of("status", "resolved"));
    dueJobs.run();

    sync.clearFaults();
    assertThat(state()).isEqualTo("New");
    assertThat(lastOutbound().get("result").asString()).isEqualTo("retrying");
    assertThat(lastOutbound().get("error").asString()).contains("503");

    clock.advance(Duration.ofMinutes(2));
    sync.sync();

    assertThat(state()).isEqualTo("Closed");
    assertThat(SyncFixtures.values(s.syncLog(issue), "result")).contains("retrying", "applied");
  }

  @Test
  void throttlingIsWaitedOutAndNoRequestIsSentBeforeItsRetryAfter() {
    long mark = sync.requestMark();
    sync.faults(
        new FaultSettings(
            0,
            Optional.of(new FaultSettings.Throttle(FaultSettings.Mode.BLOCK, 20, 0, false, 0)),
            Optional.empty()));

    s.updateIssue(issue, Map.of("status", "resolved"));
    sync.sync();

    sync.clearFaults();
    assertThat(state()).isEqualTo("Closed");
    List<RequestLog.Entry> requests = s.requestsSince(mark);
    RequestLog.Entry blocked =
        requests.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
    assertThat(requests.stream().filter(r -> r.seq() > blocked.seq()))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.at()).isGreaterThanOrEqualTo(blocked.at() + 20_000));
  }

  @Test
  void aRefusedTokenPausesTheInstallationAndWritesGoOutOnceItIsReauthorized() {
    sync.faults(outage(401, 1));
    s.updateIssue(issue, Map.of("status", "resolved"));
    dueJobs.run();
    sync.clearFaults();

    JsonNode installation = s.get(s.installed().path());
    assertThat(installation.get("status").asString()).isEqualTo("needs_reauth");
    assertThat(state()).isEqualTo("New");

    TestApi.Response reauthorized =
        api.put(
            s.installed().path(),
            s.installed().org().owner().token(),
            Map.of("pat", s.installed().ado().owner().pat()));
    assertThat(reauthorized.status()).as(reauthorized.body()).isEqualTo(200);
    sync.sync(); // at once, not at the paused job's next retry

    assertThat(state()).isEqualTo("Closed");
    assertThat(lastOutbound().get("result").asString()).isEqualTo("applied");
  }

  @Test
  void anotherClientErrorFailsVisiblyWithoutRetrying() {
    sync.faults(outage(400, 1));
    s.updateIssue(issue, Map.of("status", "resolved"));
    sync.sync();
    sync.clearFaults();

    assertThat(lastOutbound().get("result").asString()).isEqualTo("failed");
    assertThat(lastOutbound().get("error").asString()).contains("400");
    clock.advance(Duration.ofHours(2));
    sync.sync();
    assertThat(state()).isEqualTo("New");
  }

  @Test
  void aRedeliveryIsAnswered200AndNotAppliedTwice() {
    s.developer().workItems().addComment("Web", bug, "only once", Comment.Format.HTML);
    sync.sync();
    assertThat(s.comments(issue)).hasSize(1);
    String body =
        jdbc.sql(
                """
                select body from webhook_deliveries
                where integration_id = :installation and event_type = 'workitem.commented'""")
            .param("installation", s.id())
            .query(String.class)
            .single();

    TestApi.Response again =
        integrations.deliver(body, integrations.secret(s.installed(), "workitem.commented"));
    sync.sync();

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
    assertThat(s.comments(issue)).hasSize(1);
  }
}
