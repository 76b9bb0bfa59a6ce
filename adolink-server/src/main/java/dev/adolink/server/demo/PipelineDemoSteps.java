package dev.adolink.server.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deploy that Azure Pipelines makes: deployments from pipelines turned on for the installation, a
 * YAML pipeline {@code backend-ci} in the emulator, and a run of the second release's head commit
 * whose {@code deploy_production} stage succeeds. ADO's stage event reaches the server, which
 * records the deploy to production on that release, linked to the run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(DemoEnvironment.FLAG)
class PipelineDemoSteps {

  static final String PIPELINE = "backend-ci";

  @Bean
  @Order(410)
  DemoStep pipelineDeploy(JsonMapper json) {
    return demo -> {
      String org = "/api/0/organizations/" + demo.organizationSlug() + "/";
      demo.api()
          .put(
              org + "integrations/" + demo.installationId() + "/config/",
              Map.of("deploys_from_pipelines", true));
      String head =
          demo.api()
              .get(org + "releases/" + ScmDemoSteps.SECOND_RELEASE + "/")
              .path("refs")
              .path(0)
              .path("commit")
              .asString();
      String control =
          demo.emulator().baseUrl() + "_emulator/organizations/" + demo.ado().name() + "/";
      int pipeline =
          control(
                  json,
                  control + "pipelines",
                  Map.of("project", "Web", "name", PIPELINE, "repository", "Web"))
              .path("id")
              .asInt();
      JsonNode run =
          control(
              json,
              control + "pipelines/" + pipeline + "/runs",
              Map.of(
                  "sourceVersion",
                  head,
                  "stages",
                  List.of(Map.of("name", "build"), Map.of("name", "deploy_production"))));
      control(
          json,
          control + "pipelines/" + pipeline + "/runs/" + run.path("id").asInt() + "/finish",
          Map.of("result", "succeeded", "stages", Map.of("build", "succeeded")));
      demo.note(
          "  pipeline "
              + PIPELINE
              + " deployed "
              + ScmDemoSteps.SECOND_RELEASE
              + " to production (recorded from Azure Pipelines' stage event)");
    };
  }

  private static JsonNode control(JsonMapper json, String url, Object body)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return json.readTree(response.body());
  }
}
