package dev.adolink.emulator.pipelines;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.git.Push;
import dev.adolink.emulator.support.Client;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PipelinesTest {

  static final String ALICE = "alice@example.com";
  static AdoEmulator ado;
  Client api;
  Client vsrm;
  Client control;
  String commit;
  final List<PipelineEvent> events = new CopyOnWriteArrayList<>();

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
    ado.reset();
    var org = ado.createOrganization("fabrikam", new Admin.UserSpec(ALICE, "Alice"));
    ado.createProject("fabrikam", "Web");
    Push push = ado.commit("fabrikam", "Web", "Web", ALICE, "main", "Start", add("/a.txt", "1"));
    commit = push.commitIds().get(0);
    String pat = org.user(ALICE).pat();
    api = Client.of(ado.organizationUrl("fabrikam")).pat(pat);
    vsrm = Client.of(ado.baseUrl() + "_hosts/vsrm/fabrikam/").pat(pat);
    control = Client.of(ado.baseUrl() + "_emulator/organizations/fabrikam/");
    ado.events().subscribe(PipelineEvent.class, events::add);
  }

  @Test
  void aRunWithStagesAnswersTheRunsApiAndAnnouncesEachStageThenTheRun() {
    int pipeline =
        control
            .post("pipelines", Map.of("project", "Web", "name", "web-ci", "repository", "Web"))
            .json()
            .get("id")
            .asInt();
    int run =
        control
            .post(
                "pipelines/" + pipeline + "/runs",
                Map.of(
                    "sourceVersion",
                    commit,
                    "name",
                    "20250101.1",
                    "stages",
                    List.of(Map.of("name", "build"), Map.of("name", "deploy_prod")),
                    "variables",
                    Map.of("SENTRY_RELEASE", "1.0")))
            .json()
            .get("id")
            .asInt();
    control.post(
        "pipelines/" + pipeline + "/runs/" + run + "/finish",
        Map.of("result", "failed", "stages", Map.of("build", "succeeded")));

    JsonNode answer =
        api.get("Web/_apis/pipelines/" + pipeline + "/runs/" + run + "?api-version=7.1").json();
    assertThat(answer.get("state").asString()).isEqualTo("completed");
    assertThat(answer.get("result").asString()).isEqualTo("failed");
    assertThat(answer.get("name").asString()).isEqualTo("20250101.1");
    assertThat(answer.at("/resources/repositories/self/version").asString()).isEqualTo(commit);
    assertThat(answer.at("/variables/SENTRY_RELEASE/value").asString()).isEqualTo("1.0");
    assertThat(events)
        .extracting(e -> e.eventType() + " " + e.resource().at("/stage/name").asString(""))
        .containsExactly(
            PipelineEvent.RUN_STATE + " ",
            PipelineEvent.STAGE_STATE + " build",
            PipelineEvent.STAGE_STATE + " deploy_prod",
            PipelineEvent.RUN_STATE + " ");
    assertThat(events.get(2).resource().at("/stage/result").asString()).isEqualTo("failed");
    assertThat(events.get(1).resource().at("/stage/result").asString()).isEqualTo("succeeded");
    assertThat(events.get(2).publisherId()).isEqualTo("pipelines");
    assertThat(api.get("Web/_apis/pipelines/" + pipeline + "/runs/99?api-version=7.1").status())
        .isEqualTo(404);
  }

  @Test
  void aClassicReleaseIsReadOnTheReleaseHostAndItsDeploymentAnnounced() {
    JsonNode release =
        control
            .post(
                "releases",
                Map.of(
                    "project",
                    "Web",
                    "definition",
                    "web-cd",
                    "sourceVersion",
                    commit,
                    "buildNumber",
                    "1.0",
                    "environments",
                    List.of("QA", "Production")))
            .json();
    int id = release.get("id").asInt();

    control.post(
        "releases/" + id + "/environments/Production/deploy", Map.of("status", "succeeded"));

    JsonNode read = vsrm.get("Web/_apis/release/releases/" + id + "?api-version=7.1").json();
    assertThat(read.at("/artifacts/0/definitionReference/sourceVersion/id").asString())
        .isEqualTo(commit);
    assertThat(read.at("/artifacts/0/definitionReference/version/name").asString())
        .isEqualTo("1.0");
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventType()).isEqualTo(PipelineEvent.DEPLOYMENT_COMPLETED);
              assertThat(e.publisherId()).isEqualTo("rm");
              assertThat(e.resource().at("/environment/name").asString()).isEqualTo("Production");
              assertThat(e.resource().at("/environment/status").asString()).isEqualTo("succeeded");
              assertThat(e.resource().at("/environment/release/id").asInt()).isEqualTo(id);
            });
  }

  @Test
  void badControlInputIsA400() {
    assertThat(control.post("pipelines/7/runs", Map.of("sourceVersion", "nope")).status())
        .isEqualTo(400);
    assertThat(
            control
                .post("pipelines", Map.of("project", "Web", "name", "x", "repository", "Nope"))
                .status())
        .isBetween(400, 404);
  }
}
