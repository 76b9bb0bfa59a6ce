package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.http.Json;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.Browser;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deploys that Azure Pipelines makes, recorded from its service hook events with no pipeline step:
 * the emulator runs YAML pipelines with stages and classic releases with environments and delivers
 * ADO's events to the subscriptions adolink creates when {@code deploys_from_pipelines} is on.
 */
@AdolinkIT
class PipelineDeploysIT {

  static final String STAGE_EVENT = "ms.vss-pipelines.stage-state-changed-event";
  static final String RELEASE_EVENT = "ms.vss-release.deployment-completed-event";

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();
  Installed installed;
  String start;
  String head;
  int pipeline;

  @BeforeEach
  void setUp() throws Exception {
    installed = integrations.installed();
    scm.addRepository(installed, WEB);
    start = scm.commit(installed, WEB, "Start", add("/a.txt", "1"));
    head = scm.commit(installed, WEB, "Feature", add("/b.txt", "2"));
    scm.release(installed, "1.0", List.of(ScmFixtures.ref(WEB, head, start)));
    pipeline =
        control("pipelines", Map.of("project", "Web", "name", "web-ci", "repository", "Web"))
            .get("id")
            .asInt();
  }

  JsonNode configure(Map<String, Object> config) {
    TestApi.Response response =
        api.put(installed.path() + "config/", installed.org().owner().token(), config);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  JsonNode control(String path, Map<String, ?> body) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        integrations.emulator().baseUrl()
                            + "_emulator/organizations/"
                            + installed.ado().name()
                            + "/"
                            + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return Json.MAPPER.readTree(response.body());
  }

  /** Runs the pipeline on {@code commit} through these stages; answers the run. */
  JsonNode run(String commit, Map<String, String> stageResults, Map<String, String> variables)
      throws Exception {
    List<Map<String, String>> stages =
        stageResults.keySet().stream().map(name -> Map.of("name", name)).toList();
    JsonNode run =
        control(
            "pipelines/" + pipeline + "/runs",
            Map.of("sourceVersion", commit, "stages", stages, "variables", variables));
    boolean failed = stageResults.containsValue("failed");
    control(
        "pipelines/" + pipeline + "/runs/" + run.get("id").asInt() + "/finish",
        Map.of("result", failed ? "failed" : "succeeded", "stages", stageResults));
    scm.settle();
    return run;
  }

  List<JsonNode> deploys(String version) {
    return scm.get(installed, "releases/" + version + "/deploys/").valueStream().toList();
  }

  JsonNode deploy(String version, String environment) {
    return deploys(version).stream()
        .filter(d -> d.get("environment").asString().equals(environment))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSubscriptionsExistOnlyWhileTheSettingIsOn() {
    assertThat(eventTypesInAdo()).doesNotContain(STAGE_EVENT, RELEASE_EVENT);

    configure(Map.of("deploys_from_pipelines", true));
    assertThat(eventTypesInAdo()).contains(STAGE_EVENT, RELEASE_EVENT);
    assertThat(integrations.subscription(integrations.get(installed), STAGE_EVENT))
        .hasValueSatisfying(s -> assertThat(s.get("id").isNull()).isFalse());
    assertThat(
            integrations.subscriptionsInAdo(installed.ado()).stream()
                .filter(s -> s.eventType().equals(RELEASE_EVENT))
                .map(s -> s.publisherId())
                .toList())
        .containsExactly("rm");

    configure(Map.of("deploys_from_pipelines", false));
    assertThat(eventTypesInAdo()).doesNotContain(STAGE_EVENT, RELEASE_EVENT);
    assertThat(integrations.subscription(integrations.get(installed), STAGE_EVENT)).isEmpty();
  }

  @Test
  void aBadSettingIsRefused() {
    TestApi.Response response =
        api.put(
            installed.path() + "config/",
            installed.org().owner().token(),
            Map.of("deploys_release_rule", "guess"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.error("deploys_release_rule")).contains("commit");
  }

  List<String> eventTypesInAdo() {
    return integrations.subscriptionsInAdo(installed.ado()).stream()
        .map(s -> s.eventType())
        .toList();
  }

  @Nested
  class YamlPipelines {

    @BeforeEach
    void on() {
      configure(Map.of("deploys_from_pipelines", true));
    }

    @Test
    void eachCompletedStageRecordsADeployOnTheReleaseWhoseHeadTheRunBuilt() throws Exception {
      JsonNode run =
          run(
              head,
              linked("deploy_staging", "succeeded", "deploy_production", "succeeded"),
              Map.of());

      assertThat(deploys("1.0"))
          .extracting(d -> d.get("environment").asString())
          .containsExactlyInAnyOrder("staging", "production");
      JsonNode production = deploy("1.0", "production");
      assertThat(production.get("result").asString()).isEqualTo("succeeded");
      assertThat(production.get("url").asString())
          .endsWith("_build/results?buildId=" + run.get("id").asInt());
      assertThat(production.get("name").asString()).contains("web-ci");
      assertThat(production.get("dateStarted").isNull()).isFalse();
      assertThat(scm.release(installed, "1.0").get("dateReleased").isNull()).isFalse();
    }

    @Test
    void aFailedStageIsRecordedWithItsResultAndDoesNotReleaseTheRelease() throws Exception {
      run(head, linked("deploy_production", "failed"), Map.of());

      assertThat(deploy("1.0", "production").get("result").asString()).isEqualTo("failed");
      assertThat(scm.release(installed, "1.0").get("dateReleased").isNull()).isTrue();
    }

    @Test
    void aReDeliveredEventRecordsNothingNew() throws Exception {
      run(head, linked("deploy_production", "succeeded"), Map.of());
      String body =
          jdbc.sql(
                  "select body from webhook_deliveries where integration_id = :id"
                      + " and event_type = :type order by id desc limit 1")
              .param("id", installed.id())
              .param("type", STAGE_EVENT)
              .query(String.class)
              .single();
      String header =
          integrations.subscriptionsInAdo(installed.ado()).stream()
              .filter(sub -> STAGE_EVENT.equals(sub.eventType()))
              .findFirst()
              .orElseThrow()
              .consumerInputs()
              .get("httpHeaders");
      String secret = header.substring(header.indexOf(':') + 1);

      // ADO retrying the same notification, then sending the event again as a new notification
      assertThat(integrations.deliver(body, secret).status()).isEqualTo(200);
      ObjectNode again = (ObjectNode) Json.MAPPER.readTree(body);
      again.put("notificationId", again.get("notificationId").asInt() + 1000);
      assertThat(integrations.deliver(again.toString(), secret).status()).isEqualTo(200);
      scm.settle();

      assertThat(deploys("1.0")).hasSize(1);
    }

    @Test
    void aRunOfACommitNoReleaseHasIsKeptAsUnmatched() throws Exception {
      String other = scm.commit(installed, WEB, "Unreleased", add("/c.txt", "3"));

      run(other, linked("deploy_production", "succeeded"), Map.of());

      assertThat(deploys("1.0")).isEmpty();
      JsonNode unmatched =
          scm.get(installed, "unmatched-deployments/").valueStream().findFirst().orElseThrow();
      assertThat(unmatched.get("environment").asString()).isEqualTo("production");
      assertThat(unmatched.get("commit").asString()).isEqualTo(other);
      assertThat(unmatched.get("runUrl").asString()).contains("_build/results?buildId=");
      String page =
          new Browser(api)
              .signIn(installed.org().owner().email(), TrackerFixtures.PASSWORD)
              .get("/organizations/" + installed.org().slug() + "/releases/")
              .body();
      assertThat(page)
          .contains("Deployments without a release")
          .contains(unmatched.get("runUrl").asString().replace("&", "&amp;"))
          .contains(other.substring(0, 12));
    }

    @Test
    void aRunOfACommitNoReleaseHasCreatesOneWhenSetTo() throws Exception {
      configure(Map.of("deploys_unmatched", "create_release"));
      String other = scm.commit(installed, WEB, "Unreleased", add("/c.txt", "3"));

      run(other, linked("deploy_production", "succeeded"), Map.of());
      scm.settle();

      JsonNode created = scm.release(installed, other);
      assertThat(created.get("refs").get(0).get("commit").asString()).isEqualTo(other);
      assertThat(created.get("commitFetch").get("status").asString()).isEqualTo("done");
      assertThat(deploy(other, "production").get("result").asString()).isEqualTo("succeeded");
    }

    @Test
    void aPipelineVariableCanNameTheVersion() throws Exception {
      configure(Map.of("deploys_release_rule", "variable"));
      String other = scm.commit(installed, WEB, "Unreleased", add("/c.txt", "3"));

      run(other, linked("deploy_qa", "succeeded"), Map.of("SENTRY_RELEASE", "1.0"));

      assertThat(deploy("1.0", "qa").get("result").asString()).isEqualTo("succeeded");
    }
  }

  @Nested
  class ClassicReleases {

    @BeforeEach
    void on() {
      configure(Map.of("deploys_from_pipelines", true, "deploys_release_rule", "build_number"));
    }

    @Test
    void aCompletedDeploymentRecordsADeployOnTheReleaseItsBuildNumberNames() throws Exception {
      JsonNode release = release();

      control(
          "releases/" + release.get("id").asInt() + "/environments/Production/deploy",
          Map.of("status", "succeeded"));
      control(
          "releases/" + release.get("id").asInt() + "/environments/QA%20East/deploy",
          Map.of("status", "rejected"));
      scm.settle();

      JsonNode production = deploy("1.0", "Production");
      assertThat(production.get("result").asString()).isEqualTo("succeeded");
      assertThat(production.get("url").asString()).contains("_release?releaseId=");
      assertThat(deploy("1.0", "QA-East").get("result").asString()).isEqualTo("rejected");
    }

    JsonNode release() throws Exception {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("project", "Web");
      body.put("definition", "web-cd");
      body.put("sourceVersion", head);
      body.put("buildNumber", "1.0");
      body.put("environments", List.of("QA East", "Production"));
      return control("releases", body);
    }
  }

  static Map<String, String> linked(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
