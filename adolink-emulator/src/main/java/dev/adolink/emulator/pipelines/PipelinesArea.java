package dev.adolink.emulator.pipelines;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.pipelines.PipelinesState.Pipeline;
import dev.adolink.emulator.pipelines.PipelinesState.Release;
import dev.adolink.emulator.pipelines.PipelinesState.Run;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The Pipelines API ({@code GET {project}/_apis/pipelines}, {@code .../pipelines/{id}/runs}, {@code
 * .../runs/{runId}}) and the Release API's {@code GET {project}/_apis/release/releases/{id}} on the
 * {@code vsrm} host.
 */
final class PipelinesArea implements Area {

  private static final String PIPELINES = "{org}/{project}/_apis/pipelines";

  private final PipelineJson json;

  PipelinesArea(PipelineJson json) {
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.get(PIPELINES, this::pipelines);
    org.get(PIPELINES + "/{pipelineId}/runs", this::runs);
    org.get(PIPELINES + "/{pipelineId}/runs/{runId}", this::run);
    routes.on(Host.VSRM).get("{org}/{project}/_apis/release/releases/{releaseId}", this::release);
  }

  private Response pipelines(Request request) {
    Organization org = request.organization();
    UUID project = project(request).id();
    List<JsonNode> all =
        org.read(
            () ->
                PipelinesState.of(org).pipelines.values().stream()
                    .filter(p -> p.projectId.equals(project))
                    .<JsonNode>map(p -> json.pipeline(org, p))
                    .toList());
    return Response.list(all);
  }

  private Response runs(Request request) {
    Organization org = request.organization();
    Pipeline pipeline = pipeline(request);
    List<JsonNode> all =
        org.read(
            () ->
                pipeline.runs.values().stream()
                    .sorted((a, b) -> Integer.compare(b.id, a.id))
                    .<JsonNode>map(r -> json.run(org, pipeline, r))
                    .toList());
    return Response.list(all);
  }

  private Response run(Request request) {
    Organization org = request.organization();
    Pipeline pipeline = pipeline(request);
    return org.read(
        () -> {
          Run run = pipeline.runs.get(integer(request, "runId"));
          if (run == null) {
            throw notFound(
                "RunNotFoundException",
                "Run with ID " + request.param("runId") + " could not be found.");
          }
          return Response.ok(json.run(org, pipeline, run));
        });
  }

  private Response release(Request request) {
    Organization org = request.organization();
    UUID project = project(request).id();
    return org.read(
        () -> {
          Release release = PipelinesState.of(org).releases.get(integer(request, "releaseId"));
          if (release == null || !release.projectId.equals(project)) {
            throw notFound(
                "ReleaseNotFoundException",
                "VS402856: Release with id " + request.param("releaseId") + " does not exist.");
          }
          return Response.ok(json.release(org, release));
        });
  }

  private static Pipeline pipeline(Request request) {
    Organization org = request.organization();
    UUID project = project(request).id();
    return org.read(
        () -> {
          Pipeline pipeline = PipelinesState.of(org).pipelines.get(integer(request, "pipelineId"));
          if (pipeline == null || !pipeline.projectId.equals(project)) {
            throw notFound(
                "PipelineNotFoundException",
                "Pipeline with ID " + request.param("pipelineId") + " could not be found.");
          }
          return pipeline;
        });
  }

  private static Project project(Request request) {
    return request
        .organization()
        .project(request.param("project"))
        .orElseThrow(
            () ->
                notFound(
                    "ProjectDoesNotExistWithNameException",
                    "TF200016: The following project does not exist: "
                        + request.param("project")
                        + ". Verify that the name of the project is correct and that the project"
                        + " exists on the specified Azure DevOps Server."));
  }

  private static int integer(Request request, String name) {
    try {
      return Integer.parseInt(request.param(name));
    } catch (NumberFormatException e) {
      throw AdoException.invalidArgument("The value of " + name + " is not a number.");
    }
  }

  private static AdoException notFound(String typeName, String message) {
    return new AdoException(404, typeName, message, 3000);
  }
}
