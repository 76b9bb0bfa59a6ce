package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static dev.adolink.server.scm.ScmFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.git.Push;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.webhooks.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AdolinkIT
class PushIngestionIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;
  @Autowired PushDeliveries pushes;
  @Autowired Installations installations;
  @Autowired JsonMapper json;

  Installed installed;
  String repoPath;

  @BeforeEach
  void setUp() {
    installed = integrations.installed();
    repoPath = "repos/" + scm.addRepository(installed, WEB).get("id").asString() + "/commits/";
  }

  @Test
  void aPushStoresItsCommitsWithFullMessagesAndFilesAtOnce() {
    String message = "Add the app\n\nWhy: " + "a long explanation ".repeat(20);
    String sha =
        scm.commit(installed, WEB, message, add("/src/app.py", "x"), add("/README.md", "read me"));
    long since = scm.lastRequest();

    scm.settle();

    List<JsonNode> stored = scm.get(installed, repoPath).valueStream().toList();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).get("id").asString()).isEqualTo(sha);
    assertThat(stored.get(0).get("message").asString().strip()).isEqualTo(message.strip());
    assertThat(stored.get(0).get("files").valueStream().map(f -> f.get("path").asString()))
        .containsExactly("/README.md", "/src/app.py");
    assertThat(scm.requestsSince(since, "/commits/" + sha)).hasSize(1);
  }

  @Test
  void aPushOfMoreCommitsThanThePayloadListsIsReadThroughTheApiAndReleasesFindItStored() {
    Push push =
        integrations.emulator().generateHistory(installed.ado().name(), "Web", "Web", 120, 2);
    long since = scm.lastRequest();

    scm.settle();

    String repo = scm.repositoryId(installed, WEB);
    assertThat(scm.requestsSince(since, repo + "/commits/")).hasSize(120);
    List<String> ids = push.commitIds();
    long beforeRelease = scm.lastRequest();
    JsonNode release =
        scm.release(installed, "1.0", List.of(ref(WEB, ids.get(ids.size() - 1), ids.get(0))));
    assertThat(release.get("commitCount").asInt()).isEqualTo(119);
    assertThat(scm.requestsSince(beforeRelease, repo + "/commits/")).isEmpty();
  }

  @Test
  void aPushToARepositoryNotAddedStoresNothing() {
    integrations
        .emulator()
        .commit(
            installed.ado().name(),
            "Mobile",
            "Mobile",
            installed.ado().owner().email(),
            "main",
            "Elsewhere",
            add("/m.txt", "m"));
    long since = scm.lastRequest();

    scm.settle();

    assertThat(scm.requestsSince(since, scm.repositoryId(installed, "Mobile/Mobile"))).isEmpty();
    assertThat(scm.get(installed, repoPath)).isEmpty();
  }

  @Test
  void handlingTheSamePushAgainStoresNothingTwice() {
    String sha = scm.commit(installed, WEB, "Once", add("/once.txt", "1"));
    scm.settle();
    long since = scm.lastRequest();
    JsonNode payload =
        json.valueToTree(
            Map.of(
                "eventType",
                "git.push",
                "resource",
                Map.of(
                    "pushId",
                    1,
                    "repository",
                    Map.of("id", scm.repositoryId(installed, WEB)),
                    "commits",
                    List.of(Map.of("commitId", sha, "comment", "Once")))));

    pushes.handle(
        new Delivery(
            0,
            installations.find(installed.id()).orElseThrow(),
            "git.push",
            payload,
            payload.toString(),
            Instant.now()));

    assertThat(scm.get(installed, repoPath)).hasSize(1);
    assertThat(scm.requestsSince(since, "/commits/")).isEmpty();
  }
}
