package dev.adolink.server.scm;

import dev.adolink.azure.Organization;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.Host;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What a deployment was built from, read from ADO (the service hook payloads do not say): a YAML
 * run from the Runs API ({@code resources.repositories.self.version}, its build number, its
 * variables), a classic release from the Release API on the release host (its primary artifact's
 * build number and source version, its variables).
 */
@Component
class PipelineRuns {

  /**
   * @param commit the commit it was built from
   * @param repositoryId the ADO repository of that commit, when known
   */
  record Source(
      @Nullable String commit,
      @Nullable String buildNumber,
      @Nullable String repositoryId,
      Map<String, String> variables) {}

  Source source(Organization ado, PipelineDeployment deployment) {
    return deployment.classic() ? release(ado, deployment) : run(ado, deployment);
  }

  private static Source run(Organization ado, PipelineDeployment deployment) {
    JsonNode run =
        ado.transport()
            .execute(
                ApiCall.get(
                        "{}/_apis/pipelines/{}/runs/{}",
                        deployment.projectId(),
                        deployment.pipelineId(),
                        deployment.runId())
                    .build())
            .json();
    JsonNode self = run.path("resources").path("repositories").path("self");
    return new Source(
        text(self.path("version")),
        text(run.path("name")),
        text(self.path("repository").path("id")),
        variables(run.path("variables")));
  }

  private static Source release(Organization ado, PipelineDeployment deployment) {
    JsonNode release =
        ado.transport()
            .execute(
                ApiCall.get(
                        "{}/_apis/release/releases/{}", deployment.projectId(), deployment.runId())
                    .host(Host.RELEASE)
                    .build())
            .json();
    JsonNode primary = null;
    for (JsonNode artifact : release.path("artifacts")) {
      if (primary == null || artifact.path("isPrimary").asBoolean(false)) {
        primary = artifact;
      }
    }
    if (primary == null) {
      return new Source(null, null, null, variables(release.path("variables")));
    }
    JsonNode reference = primary.path("definitionReference");
    String type = primary.path("type").asString("");
    String commit =
        type.equalsIgnoreCase("Git")
            ? text(reference.path("version").path("id"))
            : text(reference.path("sourceVersion").path("id"));
    return new Source(
        commit,
        type.equalsIgnoreCase("Build") ? text(reference.path("version").path("name")) : null,
        text(reference.path("repository").path("id")),
        variables(release.path("variables")));
  }

  private static Map<String, String> variables(JsonNode variables) {
    Map<String, String> values = new LinkedHashMap<>();
    variables
        .properties()
        .forEach(e -> values.put(e.getKey(), e.getValue().path("value").asString("")));
    return values;
  }

  private static @Nullable String text(JsonNode node) {
    String text = node.asString("");
    return text.isBlank() ? null : text;
  }
}
