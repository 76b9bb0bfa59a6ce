package dev.adolink.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemExpand;
import dev.adolink.server.ingest.IngestFixtures.Target;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Alert rules with the regression condition, fed by SDK-shaped events through the envelope
 * endpoint: a resolved issue that a newer event unresolves gets a work item from a regression rule,
 * in the emulator; other rules and a person's unresolve do not fire it, and an issue that already
 * has a work item of the installation gets no second one.
 */
@AdolinkIT
class RegressionAlertRuleIT {

  private static final AzureDevOps CLIENT = AzureDevOps.builder().allowInsecureUrls(true).build();

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired DueJobs dueJobs;

  Installed installed;
  Target target;
  SdkRequests sdk;

  @BeforeEach
  void setUp() {
    installed = integrations.installed();
    target = IngestFixtures.target(installed.org(), api);
    sdk = new SdkRequests(api.baseUrl());
  }

  @Test
  void aResolvedIssueThatANewerEventUnresolvesGetsAWorkItemFromTheRegressionRule() {
    Installed other = integrations.install(installed.org(), integrations.adoOrganization());
    JsonNode regressions = createRule(installed, "Regressions to ADO", Map.of("regression", true));
    send("Cart 1 is empty", "shop@1.0.0");
    dueJobs.run();
    long issue = onlyIssue().get("id").asLong();
    JsonNode newIssues = createRule(other, "New issues to ADO", Map.of());
    assertThat(workItems(installed)).as("not on the new issue").isEmpty();

    resolve(issue);
    send("Cart 2 is empty", "shop@1.0.1");
    dueJobs.run();

    assertThat(issueJson(issue).get("status").asString()).isEqualTo("unresolved");
    List<Integer> created = workItems(installed);
    assertThat(created).hasSize(1);
    WorkItem item = ado(installed).workItems().get(created.get(0), WorkItemExpand.ALL);
    assertThat(item.fields().workItemType()).contains("Task");
    assertThat(item.fields().title())
        .hasValueSatisfying(t -> assertThat(t).startsWith("java.lang.IllegalStateException: "));
    assertThat(item.fields().description().orElseThrow()).contains("Regressions to ADO");
    assertThat(item.relations())
        .extracting(r -> r.url())
        .singleElement()
        .satisfies(url -> assertThat(url).endsWith("/issues/" + issue + "/"));
    JsonNode external = issueJson(issue).get("externalIssues");
    assertThat(external).hasSize(1);
    assertThat(external.get(0).get("key").asInt()).isEqualTo(created.get(0));
    assertThat(rule(regressions).get("lastCreatedAt").isNull()).isFalse();
    assertThat(workItems(other)).as("a rule without regression").isEmpty();
    assertThat(rule(newIssues).get("lastCreatedAt").isNull()).isTrue();

    resolve(issue);
    send("Cart 3 is empty", "shop@1.0.2");
    dueJobs.run();

    assertThat(issueJson(issue).get("status").asString()).isEqualTo("unresolved");
    assertThat(workItems(installed)).as("one work item per installation").hasSize(1);
    assertThat(issueJson(issue).get("externalIssues")).hasSize(1);
  }

  @Test
  void aRegressionOfAnIssueWithAWorkItemOfTheInstallationCreatesNoOther() {
    JsonNode regressions = createRule(installed, "Regressions to ADO", Map.of("regression", true));
    send("Order 1 failed", "shop@1.0.0");
    dueJobs.run();
    long issue = onlyIssue().get("id").asLong();
    int existing =
        installed.ado().workItems().create("Web", "Bug", Map.of("System.Title", "Known crash"));
    TestApi.Response link =
        api.put(
            "/api/0/organizations/"
                + installed.org().slug()
                + "/issues/"
                + issue
                + "/integrations/"
                + installed.id()
                + "/",
            token(),
            Map.of("externalIssue", String.valueOf(existing)));
    assertThat(link.status()).as(link.body()).isEqualTo(200);

    resolve(issue);
    send("Order 2 failed", "shop@1.0.1");
    dueJobs.run();

    assertThat(issueJson(issue).get("status").asString()).isEqualTo("unresolved");
    JsonNode external = issueJson(issue).get("externalIssues");
    assertThat(external).hasSize(1);
    assertThat(external.get(0).get("key").asInt()).isEqualTo(existing);
    assertThat(workItems(installed)).containsExactly(existing);
    assertThat(rule(regressions).get("lastCreatedAt").isNull()).isTrue();
  }

  @Test
  void aPersonUnresolvingAnIssueIsNoRegression() {
    createRule(installed, "Regressions to ADO", Map.of("regression", true));
    send("Payment 1 declined", "shop@1.0.0");
    dueJobs.run();
    long issue = onlyIssue().get("id").asLong();

    resolve(issue);
    TestApi.Response unresolved =
        api.put(
            installed.org().issuePath(String.valueOf(issue)),
            token(),
            Map.of("status", "unresolved"));
    assertThat(unresolved.status()).as(unresolved.body()).isEqualTo(200);
    dueJobs.run();

    assertThat(workItems(installed)).isEmpty();
    assertThat(issueJson(issue).get("externalIssues")).isEmpty();
  }

  /** The same Java error (same type and in-app frames), with another value and release. */
  private void send(String value, String release) {
    Map<String, Object> event =
        new LinkedHashMap<>(
            IngestFixtures.javaEvent(
                IngestFixtures.eventId(),
                "java.lang.IllegalStateException",
                value,
                "java.lang.Thread.run:840",
                "com.acme.shop.Cart.total:12"));
    event.put("release", release);
    SdkRequests.Answer answer =
        sdk.post(
            target.envelopePath(),
            Map.of(
                "X-Sentry-Auth",
                SdkRequests.auth(target.publicKey()),
                "Content-Type",
                "application/x-sentry-envelope"),
            SdkRequests.envelope("{}", event));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private JsonNode createRule(Installed in, String name, Map<String, Object> conditions) {
    TestApi.Response created =
        api.post(
            rulesPath(),
            token(),
            Map.of(
                "name",
                name,
                "conditions",
                conditions,
                "action",
                Map.of("integrationId", in.id(), "project", "Web", "work_item_type", "Task")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("conditions").get("regression").asBoolean())
        .isEqualTo(conditions.containsKey("regression"));
    return created.json();
  }

  private JsonNode rule(JsonNode rule) {
    return api.get(rulesPath() + rule.get("id").asString() + "/", token()).json();
  }

  private void resolve(long issue) {
    TestApi.Response resolved =
        api.put(
            installed.org().issuePath(String.valueOf(issue)),
            token(),
            Map.of("status", "resolved"));
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
  }

  private JsonNode onlyIssue() {
    TestApi.Response list =
        api.get("/api/0/organizations/" + installed.org().slug() + "/issues/", token());
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);
    return list.json().get(0);
  }

  private JsonNode issueJson(long issue) {
    TestApi.Response response = api.get(installed.org().issuePath(String.valueOf(issue)), token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private String rulesPath() {
    return "/api/0/projects/"
        + installed.org().slug()
        + "/"
        + installed.org().project()
        + "/alert-rules/";
  }

  private String token() {
    return installed.org().owner().token();
  }

  private static Organization ado(Installed in) {
    return CLIENT.organization(in.ado().url(), PersonalAccessToken.of(in.ado().owner().pat()));
  }

  /** The work items of the installation's project Web, read from the emulator as ADO's owner. */
  private static List<Integer> workItems(Installed in) {
    return ado(in).workItems().wiql("Web", "SELECT [System.Id] FROM WorkItems", 50).ids();
  }
}
