package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PipelineDeploymentTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static ObjectNode fixture(String name) throws Exception {
    try (InputStream in =
        PipelineDeploymentTest.class.getResourceAsStream(
            "PipelineDeploymentTest/" + name + ".json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  @Test
  void aCompletedDeployStageIsADeploymentToItsEnvironment() throws Exception {
    PipelineDeployment deployment =
        PipelineDeployment.of(PipelineDeployment.STAGE_STATE, fixture("stage-completed"))
            .orElseThrow();

    assertThat(deployment.environment()).isEqualTo("prod");
    assertThat(deployment.result()).isEqualTo("succeeded");
    assertThat(deployment.pipelineId()).isEqualTo(7);
    assertThat(deployment.runId()).isEqualTo(2);
    assertThat(deployment.projectId()).isEqualTo("4bcf7a3e-6a3d-4b1e-8e5f-1b8d0c3f9e22");
    assertThat(deployment.url()).endsWith("_build/results?buildId=2");
    assertThat(deployment.name()).isEqualTo("TEST-CI 20240529.2");
    assertThat(deployment.key()).isEqualTo("pipelines:7:2:deploy_prod");
    assertThat(deployment.startedAt()).isEqualTo(Instant.parse("2024-05-29T10:00:00Z"));
    assertThat(deployment.finishedAt()).isEqualTo(Instant.parse("2024-05-29T10:05:00Z"));
  }

  @Test
  void stagesThatDoNotDeployOrHaveNotCompletedAreNoDeployments() throws Exception {
    for (String name : new String[] {"build", "__default", "deploy", "Deployment"}) {
      ObjectNode payload = fixture("stage-completed");
      ((ObjectNode) payload.path("resource").path("stage")).put("name", name);
      assertThat(PipelineDeployment.of(PipelineDeployment.STAGE_STATE, payload)).as(name).isEmpty();
    }
    ObjectNode running = fixture("stage-completed");
    ((ObjectNode) running.path("resource").path("stage")).put("state", "running");
    assertThat(PipelineDeployment.of(PipelineDeployment.STAGE_STATE, running)).isEmpty();
  }

  @Test
  void aClassicDeploymentNamesItsEnvironmentAndRelease() throws Exception {
    ObjectNode payload = fixture("deployment-completed");
    ((ObjectNode) payload.path("resource").path("environment")).put("status", "partiallySucceeded");

    PipelineDeployment deployment =
        PipelineDeployment.of(PipelineDeployment.DEPLOYMENT_COMPLETED, payload).orElseThrow();

    assertThat(deployment.classic()).isTrue();
    assertThat(deployment.environment()).isEqualTo("Dev");
    assertThat(deployment.result()).isEqualTo("partiallySucceeded");
    assertThat(deployment.runId()).isEqualTo(1);
    assertThat(deployment.url()).contains("_release?releaseId=1");
    assertThat(deployment.key()).isEqualTo("rm:1:5");
  }

  @Test
  void theEnvironmentFollowsDeployInTheStageName() throws Exception {
    for (String[] c : new String[][] {{"deploy-qa", "qa"}, {"DeployStaging", "Staging"}}) {
      ObjectNode payload = fixture("stage-completed");
      ((ObjectNode) payload.path("resource").path("stage")).put("name", c[0]);
      assertThat(
              PipelineDeployment.of(PipelineDeployment.STAGE_STATE, payload)
                  .orElseThrow()
                  .environment())
          .isEqualTo(c[1]);
    }
  }

  @Test
  void environmentNamesLoseSpacesAndSlashes() {
    assertThat(PipelineDeployment.environment(" QA East/2 ")).isEqualTo("QA-East-2");
  }

  @Test
  void anUnknownEventIsNoDeployment() {
    JsonNode empty = JSON.createObjectNode();
    assertThat(PipelineDeployment.of("git.push", empty)).isEmpty();
    assertThat(PipelineDeployment.of(PipelineDeployment.DEPLOYMENT_COMPLETED, empty)).isEmpty();
  }
}
