package dev.adolink.emulator.pipelines;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.pipelines.PipelinesState.Environment;
import dev.adolink.emulator.pipelines.PipelinesState.Pipeline;
import dev.adolink.emulator.pipelines.PipelinesState.Release;
import dev.adolink.emulator.pipelines.PipelinesState.Run;
import dev.adolink.emulator.pipelines.PipelinesState.Stage;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pipelines, runs, stages and classic releases as ADO writes them: the Runs API ({@code
 * pipelines/{id}/runs/{runId}}, 7.1), the service hook resources of {@code
 * ms.vss-pipelines.*-state-changed-event} (5.1-preview.1) and {@code
 * ms.vss-release.deployment-completed-event} (3.0-preview.1), and the Release API's release.
 */
final class PipelineJson {

  private final Urls urls;

  PipelineJson(Urls urls) {
    this.urls = urls;
  }

  private String projectUrl(Organization org, Pipeline pipeline) {
    return urls.org(org) + pipeline.projectId + "/";
  }

  ObjectNode pipeline(Organization org, Pipeline pipeline) {
    ObjectNode json = Json.object();
    String url = projectUrl(org, pipeline) + "_apis/pipelines/" + pipeline.id + "?revision=1";
    json.putObject("_links")
        .<ObjectNode>set("self", Json.href(url))
        .set(
            "web",
            Json.href(projectUrl(org, pipeline) + "_build/definition?definitionId=" + pipeline.id));
    json.put("url", url);
    json.put("id", pipeline.id);
    json.put("revision", 1);
    json.put("name", pipeline.name);
    json.put("folder", "\\");
    return json;
  }

  /** The run as the Runs API answers it (also the {@code run} of the pipeline events). */
  ObjectNode run(Organization org, Pipeline pipeline, Run run) {
    ObjectNode json = Json.object();
    String url = projectUrl(org, pipeline) + "_apis/pipelines/" + pipeline.id + "/runs/" + run.id;
    ObjectNode links = json.putObject("_links");
    links.set("self", Json.href(url));
    links.set("web", Json.href(web(org, pipeline, run)));
    links.set(
        "pipeline.web",
        Json.href(projectUrl(org, pipeline) + "_build/definition?definitionId=" + pipeline.id));
    links.set(
        "pipeline",
        Json.href(projectUrl(org, pipeline) + "_apis/pipelines/" + pipeline.id + "?revision=1"));
    ObjectNode ref = json.putObject("pipeline");
    ref.put("url", projectUrl(org, pipeline) + "_apis/pipelines/" + pipeline.id + "?revision=1");
    ref.put("id", pipeline.id);
    ref.put("revision", 1);
    ref.put("name", pipeline.name);
    ref.put("folder", "\\");
    json.put("state", run.state);
    if (run.result != null) {
      json.put("result", run.result);
    }
    json.put("createdDate", Json.date(run.createdDate));
    if (run.finishedDate != null) {
      json.put("finishedDate", Json.date(run.finishedDate));
    }
    json.put("url", url);
    ObjectNode self = json.putObject("resources").putObject("repositories").putObject("self");
    self.putObject("repository")
        .put("id", pipeline.repositoryId.toString())
        .put("type", "azureReposGit");
    self.put("refName", run.sourceBranch);
    self.put("version", run.sourceVersion);
    if (!run.variables.isEmpty()) {
      ObjectNode variables = json.putObject("variables");
      run.variables.forEach((name, value) -> variables.putObject(name).put("value", value));
    }
    json.put("id", run.id);
    json.put("name", run.name);
    return json;
  }

  String web(Organization org, Pipeline pipeline, Run run) {
    return projectUrl(org, pipeline) + "_build/results?buildId=" + run.id;
  }

  ObjectNode stage(Organization org, Pipeline pipeline, Run run, Stage stage) {
    ObjectNode json = Json.object();
    json.putObject("_links").set("web", Json.href(web(org, pipeline, run)));
    json.put("id", stage.id.toString());
    json.put("name", stage.name);
    json.put("displayName", stage.name);
    json.put("state", stage.state);
    if (stage.result != null) {
      json.put("result", stage.result);
    }
    return json;
  }

  /** The documented job/stage payload's repositories: no commit id, only the change. */
  ArrayNode repositories(Organization org, Pipeline pipeline, Run run) {
    ArrayNode array = Json.array();
    ObjectNode repo = array.addObject();
    repo.put("type", "Git");
    repo.put("url", urls.org(org) + "_git/" + pipeline.repositoryId);
    return array;
  }

  String releaseUrl(Organization org, Release release) {
    return urls.host(Host.VSRM, org) + release.projectId + "/_apis/Release/releases/" + release.id;
  }

  String releaseWeb(Organization org, Release release) {
    return urls.org(org)
        + release.projectId
        + "/_release?releaseId="
        + release.id
        + "&_a=release-summary";
  }

  /** The resource of {@code ms.vss-release.deployment-completed-event} (3.0-preview.1). */
  ObjectNode deployment(
      Organization org, Project project, Release release, Environment environment) {
    ObjectNode resource = Json.object();
    ObjectNode env = resource.putObject("environment");
    env.put("id", environment.id);
    env.put("releaseId", release.id);
    env.put("name", environment.name);
    env.put("status", environment.status);
    ObjectNode rel = env.putObject("release");
    rel.put("id", release.id);
    rel.put("name", release.name);
    rel.put("url", releaseUrl(org, release));
    rel.putObject("_links").set("web", Json.href(releaseWeb(org, release)));
    ObjectNode definition = env.putObject("releaseDefinition");
    definition.put("id", release.definitionId);
    definition.put("name", release.definitionName);
    definition.put(
        "url",
        urls.host(Host.VSRM, org)
            + release.projectId
            + "/_apis/Release/definitions/"
            + release.definitionId);
    env.put("definitionEnvironmentId", environment.definitionEnvironmentId);
    env.put("createdOn", Json.date(release.createdOn));
    if (environment.finishedOn != null) {
      env.put("modifiedOn", Json.date(environment.finishedOn));
    }
    resource.putObject("project").put("id", project.id().toString()).put("name", project.name());
    return resource;
  }

  /**
   * The Release API's release: its environments, and its build artifact with the build number and
   * the commit it was built from.
   */
  ObjectNode release(Organization org, Release release) {
    ObjectNode json = Json.object();
    json.put("id", release.id);
    json.put("name", release.name);
    json.put("status", "active");
    json.put("createdOn", Json.date(release.createdOn));
    ArrayNode environments = json.putArray("environments");
    for (Environment environment : release.environments) {
      ObjectNode env = environments.addObject();
      env.put("id", environment.id);
      env.put("releaseId", release.id);
      env.put("name", environment.name);
      env.put("status", environment.status);
      env.put("definitionEnvironmentId", environment.definitionEnvironmentId);
    }
    json.putObject("releaseDefinition")
        .put("id", release.definitionId)
        .put("name", release.definitionName);
    ObjectNode artifact = json.putArray("artifacts").addObject();
    artifact.put("sourceId", release.projectId + ":1");
    artifact.put("type", "Build");
    artifact.put("alias", "_" + release.definitionName);
    artifact.put("isPrimary", true);
    ObjectNode reference = artifact.putObject("definitionReference");
    reference
        .putObject("version")
        .put("id", String.valueOf(release.id))
        .put("name", release.buildNumber);
    reference
        .putObject("sourceVersion")
        .put("id", release.sourceVersion)
        .put("name", release.sourceVersion);
    reference.putObject("branch").put("id", "refs/heads/main").put("name", "refs/heads/main");
    json.putObject("_links").set("web", Json.href(releaseWeb(org, release)));
    json.put("url", releaseUrl(org, release));
    return json;
  }
}
