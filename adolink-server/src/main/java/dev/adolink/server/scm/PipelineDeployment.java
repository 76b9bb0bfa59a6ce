package dev.adolink.server.scm;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A completed deployment announced by Azure Pipelines: a YAML run's stage ({@code
 * ms.vss-pipelines.stage-state-changed-event}) or a classic release's environment ({@code
 * ms.vss-release.deployment-completed-event}), read tolerantly from the delivery.
 *
 * @param key what identifies the deployment across re-deliveries
 * @param projectId the ADO project
 * @param runId the YAML run, or the classic release
 * @param pipelineId the YAML pipeline; null for a classic release
 * @param name the pipeline (or release definition) and run, for people
 * @param result ADO's word ({@code succeeded}, {@code failed}, {@code canceled}, {@code rejected},
 *     {@code partiallySucceeded})
 */
record PipelineDeployment(
    String key,
    String projectId,
    int runId,
    @Nullable Integer pipelineId,
    String environment,
    String name,
    @Nullable String url,
    String result,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt) {

  static final String STAGE_STATE = "ms.vss-pipelines.stage-state-changed-event";
  static final String DEPLOYMENT_COMPLETED = "ms.vss-release.deployment-completed-event";

  /**
   * A YAML stage that deploys: named {@code deploy_<environment>}, {@code deploy-<environment>} or
   * {@code Deploy<Environment>}; group 1 or 2 is the environment. ADO's stage event does not say
   * which environment a stage deployed to.
   */
  static final java.util.regex.Pattern DEPLOY_STAGE =
      java.util.regex.Pattern.compile(
          "(?:[Dd][Ee][Pp][Ll][Oo][Yy][_-](.+))|(?:Deploy([A-Z0-9].*))");

  boolean classic() {
    return pipelineId == null;
  }

  /** The deployment a delivery announces; empty for a stage not completed, or not a deployment. */
  static Optional<PipelineDeployment> of(String eventType, JsonNode payload) {
    JsonNode resource = payload.path("resource");
    Instant created = instant(payload.path("createdDate"));
    if (eventType.equals(STAGE_STATE)) {
      return stage(payload, resource, created);
    }
    if (eventType.equals(DEPLOYMENT_COMPLETED)) {
      return classic(resource, created);
    }
    return Optional.empty();
  }

  private static Optional<PipelineDeployment> stage(
      JsonNode payload, JsonNode resource, @Nullable Instant created) {
    JsonNode stage = resource.path("stage");
    JsonNode run = resource.path("run");
    String stageName = stage.path("name").asString("");
    int runId = run.path("id").asInt(0);
    int pipelineId = resource.path("pipeline").path("id").asInt(0);
    String project = payload.path("resourceContainers").path("project").path("id").asString("");
    java.util.regex.Matcher deploys = DEPLOY_STAGE.matcher(stageName);
    if (!stage.path("state").asString("").equalsIgnoreCase("completed")
        || !deploys.matches()
        || runId == 0
        || pipelineId == 0
        || project.isEmpty()) {
      return Optional.empty();
    }
    String url = text(run.path("_links").path("web").path("href"));
    return Optional.of(
        new PipelineDeployment(
            "pipelines:" + pipelineId + ":" + runId + ":" + stageName,
            project,
            runId,
            pipelineId,
            environment(deploys.group(1) != null ? deploys.group(1) : deploys.group(2)),
            resource.path("pipeline").path("name").asString("Pipeline")
                + " "
                + run.path("name").asString(String.valueOf(runId)),
            url != null ? url : text(stage.path("_links").path("web").path("href")),
            result(stage.path("result").asString("succeeded")),
            instant(run.path("createdDate")),
            created));
  }

  private static Optional<PipelineDeployment> classic(
      JsonNode resource, @Nullable Instant created) {
    JsonNode environment = resource.path("environment");
    JsonNode release = environment.path("release");
    int releaseId = release.path("id").asInt(environment.path("releaseId").asInt(0));
    String name = environment.path("name").asString("");
    String project = resource.path("project").path("id").asString("");
    if (releaseId == 0 || name.isEmpty() || project.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PipelineDeployment(
            "rm:" + releaseId + ":" + environment.path("id").asInt(0),
            project,
            releaseId,
            null,
            environment(name),
            environment.path("releaseDefinition").path("name").asString("Release")
                + " "
                + release.path("name").asString(String.valueOf(releaseId)),
            text(release.path("_links").path("web").path("href")),
            result(environment.path("status").asString("succeeded")),
            instant(environment.path("createdOn")),
            created));
  }

  /**
   * A name as a deploy environment: spaces and slashes as dashes ({@code QA East} → {@code
   * QA-East}).
   */
  static String environment(String name) {
    String environment = name.strip().replaceAll("[\\s/]+", "-");
    return environment.length() > 64 ? environment.substring(0, 64) : environment;
  }

  private static String result(String result) {
    return result.isBlank()
        ? "succeeded"
        : result.strip().toLowerCase(Locale.ROOT).equals("partiallysucceeded")
            ? "partiallySucceeded"
            : result.strip().toLowerCase(Locale.ROOT);
  }

  private static @Nullable String text(JsonNode node) {
    String text = node.asString("");
    return text.isBlank() ? null : text;
  }

  private static @Nullable Instant instant(JsonNode node) {
    try {
      String text = node.asString("");
      return text.isBlank() ? null : java.time.OffsetDateTime.parse(text).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
