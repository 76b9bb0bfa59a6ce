package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.core.Project;
import dev.adolink.azure.transport.RetryPolicy;
import dev.adolink.azure.wit.WorkItem;
import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoUser;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sync scenarios against the JVM's emulator: an installation with a sync configuration, work items
 * created and changed through ADO's REST API (as an ADO user, not as adolink), issues linked to
 * them, and {@link #sync()} to let deliveries arrive and jobs run until everything settled.
 *
 * <pre>{@code
 * Scenario s = sync.install(Map.of("sync_status_reverse", true));
 * int bug = s.createWorkItem("Web", "Bug", "Crash");
 * long issue = s.linkedIssue("Crash", bug);
 * s.developer().workItems().update(bug, WorkItemPatch.builder().state("Resolved").build());
 * sync.sync();
 * }</pre>
 */
public final class SyncFixtures {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final AzureDevOps ADO =
      AzureDevOps.builder().allowInsecureUrls(true).retryPolicy(RetryPolicy.NONE).build();

  private final TestApi api;
  private final TrackerFixtures tracker;
  private final IntegrationFixtures integrations;
  private final DueJobs dueJobs;
  private final Installations installations;

  public SyncFixtures(
      TestApi api,
      TrackerFixtures tracker,
      IntegrationFixtures integrations,
      DueJobs dueJobs,
      Installations installations) {
    this.api = api;
    this.tracker = tracker;
    this.integrations = integrations;
    this.dueJobs = dueJobs;
    this.installations = installations;
  }

  /** An installation, its ADO projects by name, and helpers acting on both sides. */
  public final class Scenario {
    private final Installed installed;
    private final Map<String, String> projectIds = new HashMap<>();

    Scenario(Installed installed) {
      this.installed = installed;
      for (Project project : owner().core().projects()) {
        projectIds.put(project.name(), project.id());
      }
    }

    public Installed installed() {
      return installed;
    }

    public long id() {
      return installed.id();
    }

    public String projectId(String name) {
      return projectIds.get(name);
    }

    /** The ADO organization through its REST API as its owner (who installed adolink). */
    public Organization owner() {
      return client(installed.ado().owner());
    }

    /** The ADO organization through its REST API as its second member. */
    public Organization developer() {
      return client(installed.ado().developer());
    }

    /** Replaces keys of the installation's configuration ({@code PUT .../config/}). */
    public void configure(Map<String, ?> config) {
      TestApi.Response response =
          api.put(installed.path() + "config/", installed.org().owner().token(), config);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Creates a work item through ADO's API, as the developer. */
    public int createWorkItem(String project, String type, String title) {
      return developer()
          .workItems()
          .create(project, type, WorkItemPatch.builder().title(title).build())
          .id();
    }

    /** Restores a deleted work item from ADO's recycle bin (the emulator's API: no client call). */
    public void restore(int id) {
      installed.ado().workItems().as(installed.ado().developer().email()).restore(id);
    }

    public WorkItem workItem(int id) {
      return owner().workItems().get(id);
    }

    /** A new issue linked to the work item (and nothing else). */
    public long linkedIssue(String title, int workItemId) {
      long id = issue(title);
      link(id, workItemId);
      return id;
    }

    public long issue(String title) {
      return tracker.issue(installed.org(), title).get("id").asLong();
    }

    /** Links through the API ({@code PUT .../issues/{id}/integrations/{installation}/}). */
    public void link(long issueId, int workItemId) {
      TestApi.Response response =
          api.put(
              installed.org().issuePath(String.valueOf(issueId))
                  + "integrations/"
                  + installed.id()
                  + "/",
              installed.org().owner().token(),
              Map.of("externalIssue", String.valueOf(workItemId)));
      assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** The tracker organization's id. */
    public long organizationId() {
      return installations.find(installed.id()).orElseThrow().organizationId();
    }

    private Organization client(AdoUser user) {
      return ADO.organization(installed.ado().url(), PersonalAccessToken.of(user.pat()));
    }

    /** The issue as the API shows it. */
    public JsonNode issueJson(long issueId) {
      return get(installed.org().issuePath(String.valueOf(issueId)));
    }

    public JsonNode comments(long issueId) {
      return get(installed.org().issuePath(String.valueOf(issueId)) + "comments/");
    }

    public JsonNode activities(long issueId) {
      return get(installed.org().issuePath(String.valueOf(issueId)) + "activities/");
    }

    /** The issue's sync log entries, newest first. */
    public JsonNode syncLog(long issueId) {
      return get(installed.path() + "sync-log/?issue=" + issueId + "&limit=1000");
    }

    /** Changes an issue through the API ({@code PUT .../issues/{id}/}), as the org's owner. */
    public void updateIssue(long issueId, Map<String, ?> body) {
      TestApi.Response response =
          api.put(
              installed.org().issuePath(String.valueOf(issueId)),
              installed.org().owner().token(),
              body);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /**
     * Posts a {@code workitem.updated} delivery to the intake as ADO would (its shape is a real
     * delivery's, {@code SyncFixtures/workitem-updated.json}), for payload forms the emulator does
     * not send; {@code changes} maps field names to {@code [oldValue, newValue]} (null: absent).
     */
    public TestApi.Response deliverUpdate(
        int workItemId, int rev, Map<String, Object[]> changes, Map<String, Object> fields) {
      ObjectNode body = template();
      body.put("subscriptionId", UUID.randomUUID().toString());
      body.put("id", UUID.randomUUID().toString());
      ObjectNode containers = (ObjectNode) body.get("resourceContainers");
      ((ObjectNode) containers.get("collection")).put("id", installed.ado().id());
      ((ObjectNode) containers.get("account")).put("id", installed.ado().id());
      WorkItem item = workItem(workItemId);
      String project = item.fields().teamProject().orElseThrow();
      ((ObjectNode) containers.get("project")).put("id", projectIds.get(project));
      ObjectNode resource = (ObjectNode) body.get("resource");
      resource.put("workItemId", workItemId);
      resource.put("rev", rev);
      ObjectNode changed = (ObjectNode) resource.get("fields");
      changes.forEach(
          (field, values) -> {
            ObjectNode change = changed.putObject(field);
            if (values[0] != null) {
              change.set("oldValue", JSON.valueToTree(values[0]));
            }
            if (values[1] != null) {
              change.set("newValue", JSON.valueToTree(values[1]));
            }
          });
      ObjectNode revision = (ObjectNode) resource.get("revision");
      revision.put("id", workItemId);
      revision.put("rev", rev);
      ObjectNode revisionFields = (ObjectNode) revision.get("fields");
      revisionFields.put("System.Id", workItemId);
      revisionFields.put("System.TeamProject", project);
      revisionFields.put("System.WorkItemType", item.fields().workItemType().orElseThrow());
      fields.forEach((field, value) -> revisionFields.set(field, JSON.valueToTree(value)));
      return integrations.deliver(
          JSON.writeValueAsString(body), integrations.secret(installed, "workitem.updated"));
    }

    /** The ADO requests made for this organization (by anyone) after {@code mark}. */
    public List<RequestLog.Entry> requestsSince(long mark) {
      String segment = "/" + installed.ado().name() + "/";
      return integrations.emulator().requests(mark).stream()
          .filter(entry -> entry.path().contains(segment))
          .toList();
    }

    /** Adds a member with this email to the installation's tracker organization; its user id. */
    public long member(String email, String name) {
      return SyncFixtures.this.member(installed.org().slug(), email, name);
    }

    /** Maps a tracker user to an ADO identity ({@code POST .../user-mappings/}). */
    public TestApi.Response mapUser(Object user, Object adoIdentity) {
      return api.post(
          installed.path() + "user-mappings/",
          installed.org().owner().token(),
          Map.of("user", user, "adoIdentity", adoIdentity));
    }

    /** Changes several issues in one request ({@code PUT .../issues/?id=..&id=..}). */
    public TestApi.Response updateIssues(List<Long> issueIds, Map<String, ?> body) {
      String query = String.join("&", issueIds.stream().map(id -> "id=" + id).toList());
      return api.put(
          "/api/0/organizations/" + installed.org().slug() + "/issues/?" + query,
          installed.org().owner().token(),
          body);
    }

    public JsonNode get(String path) {
      TestApi.Response response = api.get(path, installed.org().owner().token());
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      return response.json();
    }
  }

  /** Adds a member to a tracker organization (creating the user if new); its user id. */
  public long member(String organizationSlug, String email, String name) {
    TestApi.Response response =
        api.post(
            "/api/0/organizations/" + organizationSlug + "/members/",
            TestApi.ADMIN_TOKEN,
            Map.of("email", email, "name", name, "role", "member"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("user").get("id").asLong();
  }

  public TrackerFixtures tracker() {
    return tracker;
  }

  /** A new installation (own tracker and ADO organizations) with this configuration. */
  public Scenario install(Map<String, ?> config) {
    Scenario scenario = new Scenario(integrations.installed());
    scenario.configure(config);
    return scenario;
  }

  /** Lets the emulator deliver its service hooks, without running jobs. */
  public void deliver() {
    integrations.awaitDeliveries();
  }

  /** Lets the emulator deliver its service hooks and runs due jobs, until nothing is left. */
  public void sync() {
    for (int round = 0; round < 6; round++) {
      integrations.awaitDeliveries();
      dueJobs.run();
    }
    integrations.awaitDeliveries();
  }

  private static ObjectNode template() {
    try (InputStream in =
        SyncFixtures.class.getResourceAsStream("SyncFixtures/workitem-updated.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The emulator's request log position now. */
  public long requestMark() {
    List<RequestLog.Entry> all = integrations.emulator().requests(0);
    return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  public void faults(FaultSettings settings) {
    integrations.emulator().faults(settings);
  }

  public void clearFaults() {
    integrations.emulator().faults(FaultSettings.none());
  }

  static List<String> values(JsonNode array, String field) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(node -> node.path(field).asString(null))
        .toList();
  }
}
