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
 * A newer SDK event with another level changes the issue's level, and priority sync writes the
 * linked work item's priority, in the emulator.
 */
@AdolinkIT
class LevelSyncIT {

  @Autowired TestApi api;
  @Autowired SyncFixtures sync;
  @Autowired DueJobs dueJobs;

  @Test
  void aNewEventWithAnotherLevelSetsTheLinkedWorkItemsPriority() {
    Scenario s = sync.install(Map.of("sync_priority_forward", true));
    Target target = IngestFixtures.target(s.installed().org(), api);
    SdkRequests sdk = new SdkRequests(api.baseUrl());
    Map<String, String> auth = Map.of("X-Sentry-Auth", SdkRequests.auth(target.publicKey()));
    sdk.post(target.envelopePath(), auth, SdkRequests.envelope("{}", event("error")));
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

    sdk.post(target.envelopePath(), auth, SdkRequests.envelope("{}", event("fatal")));
    sync.sync();

    assertThat(s.issueJson(issue).get("level").asString()).isEqualTo("fatal");
    assertThat(s.workItem(bug).fields().integer("Microsoft.VSTS.Common.Priority")).hasValue(1);
    assertThat(s.activities(issue))
        .anySatisfy(a -> assertThat(a.get("type").asString()).isEqualTo("set_priority"));
  }

  private static Map<String, Object> event(String level) {
    Map<String, Object> event =
        IngestFixtures.javaEvent(
            IngestFixtures.eventId(),
            "java.lang.IllegalStateException",
            "x",
            "com.acme.Sync.run:1");
    event.put("level", level);
    return event;
  }
}
