package dev.adolink.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.ingest.IngestFixtures.Target;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.sync.SyncFixtures;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A regression travels to Azure DevOps like any unresolve: an issue made by SDK events, linked to a
 * work item of a project whose status mapping is Closed/Active, is resolved (the work item closes);
 * a new event regresses it and the existing sync moves the work item back to Active, in the
 * emulator.
 */
@AdolinkIT
class RegressionSyncIT {

  @Autowired TestApi api;
  @Autowired SyncFixtures sync;
  @Autowired DueJobs dueJobs;

  @Test
  void aRegressionMovesTheLinkedWorkItemBackToTheUnresolveState() {
    Scenario s = sync.install(Map.of("sync_status_reverse", true));
    s.configure(
        Map.of(
            "sync_status_forward",
            Map.of(s.projectId("Web"), Map.of("on_resolve", "Closed", "on_unresolve", "Active"))));
    Target target = IngestFixtures.target(s.installed().org(), api);
    SdkRequests sdk = new SdkRequests(api.baseUrl());
    Map<String, String> auth = Map.of("X-Sentry-Auth", SdkRequests.auth(target.publicKey()));
    sdk.post(
        target.envelopePath(),
        auth,
        SdkRequests.envelope(
            "{}",
            IngestFixtures.javaEvent(
                IngestFixtures.eventId(),
                "java.lang.IllegalStateException",
                "x",
                "com.acme.Sync.run:1")));
    dueJobs.run();
    long issue =
        api.get(
                "/api/0/organizations/" + target.org().slug() + "/issues/",
                target.org().owner().token())
            .json()
            .get(0)
            .get("id")
            .asLong();
    int bug = s.createWorkItem("Web", "Bug", "Crash from the SDK");
    s.link(issue, bug);
    s.updateIssue(issue, Map.of("status", "resolved"));
    sync.sync();
    assertThat(s.workItem(bug).fields().state()).contains("Closed");

    sdk.post(
        target.envelopePath(),
        auth,
        SdkRequests.envelope(
            "{}",
            IngestFixtures.javaEvent(
                IngestFixtures.eventId(),
                "java.lang.IllegalStateException",
                "x",
                "com.acme.Sync.run:1")));
    sync.sync();

    assertThat(s.issueJson(issue).get("status").asString()).isEqualTo("unresolved");
    assertThat(s.workItem(bug).fields().state()).contains("Active");
    assertThat(s.activities(issue))
        .anySatisfy(a -> assertThat(a.get("type").asString()).isEqualTo("set_regression"));
  }
}
