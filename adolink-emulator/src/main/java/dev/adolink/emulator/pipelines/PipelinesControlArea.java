package dev.adolink.emulator.pipelines;

import static dev.adolink.emulator.control.ControlArea.guarded;
import static dev.adolink.emulator.control.ControlArea.open;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.pipelines.PipelinesState.Environment;
import dev.adolink.emulator.pipelines.PipelinesState.Pipeline;
import dev.adolink.emulator.pipelines.PipelinesState.Release;
import dev.adolink.emulator.pipelines.PipelinesState.Run;
import dev.adolink.emulator.store.Organization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Control API for pipelines (no auth, no api-version):
 *
 * <ul>
 *   <li>{@code POST /_emulator/organizations/{org}/pipelines} {@code {project, name, repository}} →
 *       201 {@code {id, name}}
 *   <li>{@code POST .../pipelines/{id}/runs} {@code {sourceVersion, sourceBranch?, name?, stages?:
 *       [{name, environment?}], variables?: {name: value}}} → 201 the run (Runs API shape); ADO
 *       announces it in progress
 *   <li>{@code POST .../pipelines/{id}/runs/{runId}/finish} {@code {result, stages?: {name:
 *       result}}} → the run; each stage completes, then the run
 *   <li>{@code POST /_emulator/organizations/{org}/releases} {@code {project, definition, name?,
 *       sourceVersion, buildNumber?, environments: [name]}} → 201 the release (Release API shape)
 *   <li>{@code POST .../releases/{id}/environments/{name}/deploy} {@code {status}} → the release;
 *       announces {@code deployment-completed}
 * </ul>
 */
final class PipelinesControlArea implements Area {

  private static final String ORG = "organizations/{org}/";

  private final Pipelines pipelines;
  private final PipelineJson json;

  PipelinesControlArea(Pipelines pipelines, PipelineJson json) {
    this.pipelines = pipelines;
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost control = routes.on(Host.CONTROL);
    open(control.post(ORG + "pipelines", guarded(this::createPipeline)));
    open(control.post(ORG + "pipelines/{pipelineId}/runs", guarded(this::startRun)));
    open(control.post(ORG + "pipelines/{pipelineId}/runs/{runId}/finish", guarded(this::finish)));
    open(control.post(ORG + "releases", guarded(this::createRelease)));
    open(
        control.post(
            ORG + "releases/{releaseId}/environments/{environment}/deploy", guarded(this::deploy)));
  }

  private Response createPipeline(Request request) {
    JsonNode body = request.json();
    Pipeline pipeline =
        pipelines.createPipeline(
            request.organization(),
            required(body, "project"),
            required(body, "name"),
            required(body, "repository"));
    ObjectNode answer = Json.object();
    answer.put("id", pipeline.id);
    answer.put("name", pipeline.name);
    return Response.json(201, answer);
  }

  private Response startRun(Request request) {
    Organization org = request.organization();
    JsonNode body = request.json();
    Map<String, String> stages = new LinkedHashMap<>();
    for (JsonNode stage : body.path("stages")) {
      stages.put(required(stage, "name"), stage.path("environment").asString(""));
    }
    Map<String, String> variables = new LinkedHashMap<>();
    body.path("variables")
        .properties()
        .forEach(e -> variables.put(e.getKey(), e.getValue().asString("")));
    int pipelineId = integer(request, "pipelineId");
    Run run =
        pipelines.startRun(
            org,
            pipelineId,
            body.path("name").asString(""),
            required(body, "sourceVersion"),
            body.path("sourceBranch").asString("refs/heads/main"),
            stages,
            variables);
    return Response.json(201, runJson(org, pipelineId, run));
  }

  private Response finish(Request request) {
    Organization org = request.organization();
    JsonNode body = request.json();
    Map<String, String> stageResults = new LinkedHashMap<>();
    body.path("stages")
        .properties()
        .forEach(e -> stageResults.put(e.getKey(), e.getValue().asString("")));
    int pipelineId = integer(request, "pipelineId");
    Run run =
        pipelines.finishRun(
            org, pipelineId, integer(request, "runId"), required(body, "result"), stageResults);
    return Response.ok(runJson(org, pipelineId, run));
  }

  private Response createRelease(Request request) {
    Organization org = request.organization();
    JsonNode body = request.json();
    List<String> environments = new ArrayList<>();
    body.path("environments").forEach(e -> environments.add(e.asString("")));
    if (environments.isEmpty()) {
      throw new IllegalArgumentException("environments must name at least one environment");
    }
    Release release =
        pipelines.createRelease(
            org,
            required(body, "project"),
            required(body, "definition"),
            body.path("name").asString(""),
            required(body, "sourceVersion"),
            body.path("buildNumber").asString(""),
            environments);
    return Response.json(201, org.read(() -> json.release(org, release)));
  }

  private Response deploy(Request request) {
    Organization org = request.organization();
    int releaseId = integer(request, "releaseId");
    Environment environment =
        pipelines.deploy(
            org, releaseId, request.param("environment"), required(request.json(), "status"));
    ObjectNode answer = Json.object();
    answer.put("releaseId", releaseId);
    answer.put("environmentId", environment.id);
    answer.put("status", environment.status);
    return Response.ok(answer);
  }

  private ObjectNode runJson(Organization org, int pipelineId, Run run) {
    return org.read(() -> json.run(org, PipelinesState.of(org).pipelines.get(pipelineId), run));
  }

  private static String required(JsonNode body, String name) {
    String value = body.path(name).asString("");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  private static int integer(Request request, String name) {
    try {
      return Integer.parseInt(request.param(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number");
    }
  }
}
