package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.Prometheus;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What {@code /actuator/prometheus} says after deliveries, syncs both ways and throttling. The
 * server's meters are shared by every IT of the run: each test compares a scrape before with one
 * after, and labels with its own installation where the meter has one.
 */
@AdolinkIT
class SyncMetricsIT {

  @Autowired SyncFixtures sync;
  @Autowired IntegrationFixtures integrations;
  @Autowired DueJobs dueJobs;
  @Autowired MutableClock clock;
  @Autowired TestApi api;

  @AfterEach
  void clearFaults() {
    sync.clearFaults();
  }

  Prometheus scrape() {
    return Prometheus.scrape(api);
  }

  @Test
  void deliveriesAreCountedByEventTypeAndOutcomeAndWaitInTheInboxBacklogUntilApplied() {
    Scenario s = sync.install(Map.of("sync_status_reverse", true));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    sync.sync();
    Prometheus before = scrape();

    s.developer().workItems().update(bug, WorkItemPatch.builder().state("Resolved").build());
    sync.deliver();
    clock.advance(Duration.ofSeconds(45));
    String secret = integrations.secret(s.installed(), "workitem.updated");
    String build =
        """
        {"eventType": "build.complete", "id": "%s",
         "resourceContainers": {"collection": {"id": "%s"}}}"""
            .formatted(java.util.UUID.randomUUID(), s.installed().ado().id());
    assertThat(integrations.deliver(build, secret).status()).isEqualTo(200);
    assertThat(integrations.deliver(build, secret).status()).isEqualTo(200);
    assertThat(integrations.deliver(build.replace("build.complete", "workitem.updated"), "nope"))
        .extracting(TestApi.Response::status)
        .isEqualTo(401);
    assertThat(integrations.deliver("not json", secret).status()).isEqualTo(400);
    Prometheus received = scrape();

    String deliveries = "adolink_webhook_deliveries_total";
    assertThat(
            received.since(
                before, deliveries, "event_type", "workitem.updated", "outcome", "accepted"))
        .isEqualTo(1);
    assertThat(received.since(before, deliveries, "event_type", "other", "outcome", "ignored"))
        .isEqualTo(1);
    assertThat(received.since(before, deliveries, "event_type", "other", "outcome", "duplicate"))
        .isEqualTo(1);
    assertThat(
            received.since(
                before,
                deliveries,
                "event_type",
                "workitem.updated",
                "outcome",
                "rejected",
                "reason",
                "unauthorized"))
        .isEqualTo(1);
    assertThat(
            received.since(
                before,
                deliveries,
                "event_type",
                "unknown",
                "outcome",
                "rejected",
                "reason",
                "invalid"))
        .isEqualTo(1);
    assertThat(received.since(before, "adolink_webhook_inbox_backlog")).isEqualTo(1);
    assertThat(received.value("adolink_webhook_inbox_oldest_age_seconds"))
        .isGreaterThanOrEqualTo(45);

    dueJobs.run();
    Prometheus applied = scrape();

    assertThat(s.issueJson(issue).get("status").asString()).isEqualTo("resolved");
    assertThat(
            applied.since(
                before,
                "adolink_sync_changes_total",
                "direction",
                "inbound",
                "field",
                "status",
                "result",
                "applied"))
        .isEqualTo(1);
    String lag = "adolink_sync_apply_lag_seconds";
    assertThat(applied.since(before, lag + "_count", "event_type", "workitem.updated"))
        .isEqualTo(1);
    assertThat(applied.since(before, lag + "_sum", "event_type", "workitem.updated"))
        .isCloseTo(45, within(0.01));
    assertThat(applied.matching(lag + "_bucket", "event_type", "workitem.updated")).isNotEmpty();
    assertThat(applied.value("adolink_webhook_inbox_backlog"))
        .isLessThanOrEqualTo(before.value("adolink_webhook_inbox_backlog"));
  }

  @Test
  void writesToAzureDevOpsAreCountedWithTheirLagAndWaitInTheOutboxBacklog() {
    Scenario s = sync.install(Map.of());
    s.configure(
        Map.of(
            "sync_status_forward",
            Map.of(s.projectId("Web"), Map.of("on_resolve", "Closed", "on_unresolve", "Active"))));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    sync.sync();
    Prometheus before = scrape();

    s.updateIssue(issue, Map.of("status", "resolved"));
    clock.advance(Duration.ofSeconds(30));
    Prometheus waiting = scrape();

    assertThat(waiting.since(before, "adolink_sync_outbox_backlog")).isEqualTo(1);
    assertThat(waiting.value("adolink_sync_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(30);

    sync.sync();
    Prometheus written = scrape();

    assertThat(s.workItem(bug).fields().state()).contains("Closed");
    assertThat(
            written.since(
                before,
                "adolink_sync_changes_total",
                "direction",
                "outbound",
                "field",
                "status",
                "result",
                "applied"))
        .isEqualTo(1);
    assertThat(written.since(before, "adolink_sync_write_lag_seconds_count", "field", "status"))
        .isEqualTo(1);
    assertThat(written.since(before, "adolink_sync_write_lag_seconds_sum", "field", "status"))
        .isCloseTo(30, within(0.01));
    assertThat(written.value("adolink_sync_outbox_backlog"))
        .isLessThanOrEqualTo(before.value("adolink_sync_outbox_backlog"));
    String installation = String.valueOf(s.id());
    assertThat(
            written.since(
                before,
                "adolink_ado_requests_seconds_count",
                "installation",
                installation,
                "area",
                "wit",
                "status",
                "200"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void throttledRequestsAndTheTimeSpentWaitingAreCountedPerInstallationAndOrganization() {
    Scenario s = sync.install(Map.of());
    s.configure(
        Map.of(
            "sync_status_forward",
            Map.of(s.projectId("Web"), Map.of("on_resolve", "Closed", "on_unresolve", "Active"))));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    sync.sync();
    Prometheus before = scrape();

    sync.faults(
        new FaultSettings(
            0,
            Optional.of(new FaultSettings.Throttle(FaultSettings.Mode.BLOCK, 20, 0, false, 0)),
            Optional.empty()));
    s.updateIssue(issue, Map.of("status", "resolved"));
    sync.sync();
    sync.clearFaults();
    Prometheus after = scrape();

    assertThat(s.workItem(bug).fields().state()).contains("Closed");
    String installation = String.valueOf(s.id());
    assertThat(
            after.since(
                before,
                "adolink_ado_requests_seconds_count",
                "installation",
                installation,
                "status",
                "429"))
        .isEqualTo(1);
    assertThat(
            after.since(
                before,
                "adolink_ado_throttle_wait_seconds_sum",
                "organization",
                s.installed().ado().name()))
        .isGreaterThanOrEqualTo(20);
  }
}
