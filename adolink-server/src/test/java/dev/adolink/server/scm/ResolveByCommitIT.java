package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static dev.adolink.server.scm.ScmFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class ResolveByCommitIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;

  Installed installed;

  @BeforeEach
  void setUp() {
    installed = integrations.installed();
    scm.addRepository(installed, WEB);
  }

  JsonNode issue(String id) {
    return api.get(installed.org().issuePath(id), installed.org().owner().token()).json();
  }

  @Test
  void aCommitThatFixesIssuesResolvesThemWhenItBecomesPartOfARelease() {
    JsonNode crash = tracker.issue(installed.org(), "Crash");
    JsonNode hang = tracker.issue(installed.org(), "Hang");
    JsonNode untouched = tracker.issue(installed.org(), "Untouched");
    String a = scm.commit(installed, WEB, "Start", add("/a.txt", "1"));
    String b =
        scm.commit(
            installed,
            WEB,
            "Handle nulls\n\nFixes "
                + crash.get("shortId").asString()
                + " and "
                + hang.get("shortId").asString().toLowerCase(Locale.ROOT)
                + ", resolves NOPE-99",
            add("/b.txt", "2"));
    scm.settle();
    assertThat(issue(crash.get("id").asString()).get("status").asString())
        .as("pushed, not released")
        .isEqualTo("unresolved");

    JsonNode release = scm.release(installed, "2.1.0", List.of(ref(WEB, b, a)));

    assertThat(release.get("commitFetch").get("status").asString()).isEqualTo("done");
    assertThat(issue(crash.get("id").asString()).get("status").asString()).isEqualTo("resolved");
    assertThat(issue(hang.get("id").asString()).get("status").asString()).isEqualTo("resolved");
    assertThat(issue(untouched.get("id").asString()).get("status").asString())
        .isEqualTo("unresolved");
    JsonNode activity =
        api.get(
                installed.org().issuePath(crash.get("id").asString()) + "activities/",
                installed.org().owner().token())
            .json()
            .valueStream()
            .filter(a1 -> a1.get("type").asString().equals("set_resolved"))
            .findFirst()
            .orElseThrow();
    assertThat(activity.get("source").get("type").asString()).isEqualTo("release");
    assertThat(activity.get("source").get("id").asString()).isEqualTo(release.get("id").asString());
    assertThat(activity.get("data").get("commit").asString()).isEqualTo(b);
    assertThat(activity.get("data").get("release").asString()).isEqualTo("2.1.0");
    assertThat(activity.get("data").get("repository").asString()).isEqualTo(WEB);
  }
}
