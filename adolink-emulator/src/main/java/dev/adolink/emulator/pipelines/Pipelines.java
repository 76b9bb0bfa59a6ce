package dev.adolink.emulator.pipelines;

import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.EmulatorContext;
import dev.adolink.emulator.git.GitRepo;
import dev.adolink.emulator.git.GitService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.pipelines.PipelinesState.Environment;
import dev.adolink.emulator.pipelines.PipelinesState.Pipeline;
import dev.adolink.emulator.pipelines.PipelinesState.Release;
import dev.adolink.emulator.pipelines.PipelinesState.Run;
import dev.adolink.emulator.pipelines.PipelinesState.Stage;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pipelines and classic releases: what the control API does to them, and the service hook events
 * each change raises (published under the organization's lock, like every emulator change).
 */
public final class Pipelines {

  private static final Set<String> RUN_RESULTS = Set.of("succeeded", "failed", "canceled");

  private static final Set<String> DEPLOYMENT_STATUSES =
      Set.of("succeeded", "canceled", "rejected", "partiallySucceeded");

  private final EmulatorContext context;
  private final PipelineJson json;

  public Pipelines(EmulatorContext context) {
    this.context = context;
    this.json = new PipelineJson(context.urls());
  }

  public List<Area> areas() {
    return List.of(new PipelinesArea(json), new PipelinesControlArea(this, json));
  }

  /** A YAML pipeline of {@code project} built from {@code repository} (of the same project). */
  Pipeline createPipeline(Organization org, String projectName, String name, String repository) {
    Project project = project(org, projectName);
    GitRepo repo = GitService.find(org, project.id().toString(), repository);
    return org.write(
        () -> {
          PipelinesState state = PipelinesState.of(org);
          Pipeline pipeline = new Pipeline(state.nextPipelineId++, name, project.id(), repo.id());
          state.pipelines.put(pipeline.id, pipeline);
          return pipeline;
        });
  }

  /**
   * Queues a run (its build number {@code name}, by default {@code yyyyMMdd.n}) of {@code
   * sourceVersion} with these stages (stage name → environment or empty); announces it in progress.
   */
  Run startRun(
      Organization org,
      int pipelineId,
      String name,
      String sourceVersion,
      String sourceBranch,
      Map<String, String> stages,
      Map<String, String> variables) {
    if (!sourceVersion.matches("[0-9a-f]{40}")) {
      throw new IllegalArgumentException("sourceVersion must be a full commit id");
    }
    return org.write(
        () -> {
          PipelinesState state = PipelinesState.of(org);
          Pipeline pipeline = pipeline(state, pipelineId);
          int id = state.nextRunId++;
          String number =
              name.isBlank()
                  ? java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")
                          .withZone(java.time.ZoneOffset.UTC)
                          .format(context.clock().instant())
                      + "."
                      + id
                  : name;
          Run run = new Run(id, number, sourceVersion, sourceBranch, context.clock().instant());
          stages.forEach((stage, environment) -> run.stages.add(new Stage(stage, environment)));
          run.variables.putAll(variables);
          pipeline.runs.put(id, run);
          org.publish(runEvent(org, pipeline, run));
          return run;
        });
  }

  /**
   * Finishes a run: every stage completes with its result from {@code stageResults} (default: the
   * run's), each announcing {@code stage-state-changed}, then the run {@code run-state-changed}.
   */
  Run finishRun(
      Organization org,
      int pipelineId,
      int runId,
      String result,
      Map<String, String> stageResults) {
    checkResult(result, RUN_RESULTS);
    stageResults.values().forEach(r -> checkResult(r, RUN_RESULTS));
    return org.write(
        () -> {
          Pipeline pipeline = pipeline(PipelinesState.of(org), pipelineId);
          Run run = pipeline.runs.get(runId);
          if (run == null) {
            throw new IllegalArgumentException("pipeline " + pipelineId + " has no run " + runId);
          }
          if (run.state.equals("completed")) {
            throw new IllegalArgumentException("run " + runId + " has completed already");
          }
          for (Stage stage : run.stages) {
            stage.state = "completed";
            stage.result = stageResults.getOrDefault(stage.name, result);
            org.publish(stageEvent(org, pipeline, run, stage));
          }
          run.state = "completed";
          run.result = result;
          run.finishedDate = context.clock().instant();
          org.publish(runEvent(org, pipeline, run));
          return run;
        });
  }

  /** A classic release of {@code definition} (created on first use) with these environments. */
  Release createRelease(
      Organization org,
      String projectName,
      String definition,
      String name,
      String sourceVersion,
      String buildNumber,
      List<String> environments) {
    Project project = project(org, projectName);
    return org.write(
        () -> {
          PipelinesState state = PipelinesState.of(org);
          int definitionId =
              state.releaseDefinitions.computeIfAbsent(
                  definition, d -> state.releaseDefinitions.size() + 1);
          int id = state.nextReleaseId++;
          Release release =
              new Release(
                  id,
                  name.isBlank() ? "Release-" + id : name,
                  definitionId,
                  definition,
                  project.id(),
                  sourceVersion,
                  buildNumber,
                  context.clock().instant());
          for (int i = 0; i < environments.size(); i++) {
            release.environments.add(
                new Environment(state.nextEnvironmentId++, i + 1, environments.get(i)));
          }
          state.releases.put(id, release);
          return release;
        });
  }

  /** Deploys a release to one of its environments, announcing {@code deployment-completed}. */
  Environment deploy(Organization org, int releaseId, String environmentName, String status) {
    checkResult(status, DEPLOYMENT_STATUSES);
    return org.write(
        () -> {
          Release release = PipelinesState.of(org).releases.get(releaseId);
          if (release == null) {
            throw new IllegalArgumentException("no release " + releaseId);
          }
          Environment environment =
              release.environments.stream()
                  .filter(e -> e.name.equalsIgnoreCase(environmentName))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "release " + releaseId + " has no environment " + environmentName));
          environment.startedOn = context.clock().instant();
          environment.finishedOn = context.clock().instant();
          environment.status = status;
          Project project = project(org, release.projectId.toString());
          ObjectNode resource = json.deployment(org, project, release, environment);
          String text =
              "Deployment of release "
                  + release.name
                  + " on environment "
                  + environment.name
                  + " "
                  + status
                  + ".";
          org.publish(
              new PipelineEvent(
                  PipelineEvent.DEPLOYMENT_COMPLETED,
                  "rm",
                  "3.0-preview.1",
                  UUID.randomUUID(),
                  context.clock().instant(),
                  org.id(),
                  release.projectId,
                  resource,
                  message(text),
                  message(text)));
          return environment;
        });
  }

  private PipelineEvent runEvent(Organization org, Pipeline pipeline, Run run) {
    ObjectNode resource = Json.object();
    resource.set("run", json.run(org, pipeline, run));
    resource.set("pipeline", json.pipeline(org, pipeline));
    String text =
        "Run "
            + run.name
            + (run.state.equals("completed") ? " " + run.result + "." : " is in progress.");
    return event(PipelineEvent.RUN_STATE, org, pipeline, resource, text);
  }

  private PipelineEvent stageEvent(Organization org, Pipeline pipeline, Run run, Stage stage) {
    ObjectNode resource = Json.object();
    resource.set("stage", json.stage(org, pipeline, run, stage));
    resource.set("run", json.run(org, pipeline, run));
    resource.set("pipeline", json.pipeline(org, pipeline));
    resource.set("repositories", json.repositories(org, pipeline, run));
    String text = "Run " + run.name + " stage " + stage.name + " " + stage.result + ".";
    return event(PipelineEvent.STAGE_STATE, org, pipeline, resource, text);
  }

  private PipelineEvent event(
      String type, Organization org, Pipeline pipeline, ObjectNode resource, String text) {
    return new PipelineEvent(
        type,
        "pipelines",
        "5.1-preview.1",
        UUID.randomUUID(),
        context.clock().instant(),
        org.id(),
        pipeline.projectId,
        resource,
        message(text),
        message(text));
  }

  private static ObjectNode message(String text) {
    ObjectNode message = Json.object();
    message.put("text", text);
    message.put("html", text);
    message.put("markdown", text);
    return message;
  }

  private static Pipeline pipeline(PipelinesState state, int id) {
    Pipeline pipeline = state.pipelines.get(id);
    if (pipeline == null) {
      throw new IllegalArgumentException("no pipeline " + id);
    }
    return pipeline;
  }

  private static Project project(Organization org, String idOrName) {
    return org.project(idOrName)
        .orElseThrow(() -> new IllegalArgumentException("no project " + idOrName));
  }

  private static void checkResult(String result, Set<String> allowed) {
    if (!allowed.contains(result)) {
      throw new IllegalArgumentException("result must be one of " + allowed);
    }
  }
}
