package dev.adolink.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.hooks.Subscription;
import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.oauth.OAuthRegistry;
import dev.adolink.emulator.wit.OrgWorkItems;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Azure DevOps organizations in the JVM's emulator ({@link TestEmulator}) and installations of them
 * made through the real API. Names are unique, so tests never collide.
 *
 * <pre>{@code
 * Installed installed = integrations.installed();     // tracker org + ADO org + PAT install
 * installed.ado().workItems().create("Web", "Bug", Map.of("System.Title", "Crash"));
 * integrations.awaitDeliveries();                     // the emulator posted its service hooks
 * }</pre>
 */
public final class IntegrationFixtures {

  /** Projects of every emulator organization made here: Agile and Scrum. */
  public static final List<String> PROJECTS = List.of("Web", "Mobile");

  private final TestApi api;
  private final TrackerFixtures tracker;
  private final AdoEmulator emulator;

  public IntegrationFixtures(TestApi api, TrackerFixtures tracker, AdoEmulator emulator) {
    this.api = api;
    this.tracker = tracker;
    this.emulator = emulator;
  }

  public record AdoUser(String email, String displayName, String pat) {}

  /**
   * An organization of the emulator.
   *
   * @param owner its first member (creator of subscriptions and work items by default)
   * @param developer a second member
   */
  public record AdoOrg(String id, String name, String url, AdoUser owner, AdoUser developer) {

    public OrgWorkItems workItems() {
      return TestEmulator.get().workItems(name);
    }
  }

  /** An installation made through {@code POST .../integrations/azure-devops/}. */
  public record Installed(TestOrg org, AdoOrg ado, long id, JsonNode json) {

    public String path() {
      return "/api/0/organizations/" + org.slug() + "/integrations/" + id + "/";
    }
  }

  public AdoEmulator emulator() {
    return emulator;
  }

  /** A new emulator organization with two members and the projects {@link #PROJECTS}. */
  public AdoOrg adoOrganization() {
    String name = TrackerFixtures.unique("ado");
    Admin.CreatedOrganization created =
        emulator.createOrganization(
            name,
            new Admin.UserSpec(name + "-owner@ado.test", "Ada Owner"),
            new Admin.UserSpec(name + "-dev@ado.test", "Dev Eloper"));
    emulator.createProject(name, PROJECTS.get(0), "Agile");
    emulator.createProject(name, PROJECTS.get(1), "Scrum");
    return new AdoOrg(
        created.id().toString(),
        name,
        created.baseUrl(),
        user(created.users().get(0)),
        user(created.users().get(1)));
  }

  /** A tracker organization with a new emulator organization installed in it (PAT). */
  public Installed installed() {
    return install(tracker.organization(), adoOrganization());
  }

  /** Installs {@code ado} in {@code org} with its owner's PAT; expects 201. */
  public Installed install(TestOrg org, AdoOrg ado) {
    TestApi.Response response = installWithPat(org, ado.url(), ado.owner().pat());
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return new Installed(org, ado, response.json().get("id").asLong(), response.json());
  }

  public TestApi.Response installWithPat(TestOrg org, String url, String pat) {
    return api.post(
        "/api/0/organizations/" + org.slug() + "/integrations/azure-devops/",
        org.owner().token(),
        Map.of("organizationUrl", url, "pat", pat));
  }

  /** Reads the installation again through the API. */
  public JsonNode get(Installed installed) {
    TestApi.Response response = api.get(installed.path(), installed.org().owner().token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /**
   * Registers the Entra ID app the server is configured with ({@link TestEmulator#CLIENT_ID}),
   * redirecting to this server's setup URL. Idempotent.
   */
  public void registerEntraApp() {
    emulator
        .oauth()
        .registerApp(
            OAuthRegistry.Kind.ENTRA,
            TestEmulator.CLIENT_ID,
            TestEmulator.CLIENT_SECRET,
            false,
            List.of(api.baseUrl() + "/extensions/vsts/setup/"),
            null);
  }

  /** A service principal that is a member of these emulator organizations. */
  public OAuthRegistry.ServicePrincipal servicePrincipal(AdoOrg... organizations) {
    return emulator
        .oauth()
        .registerServicePrincipal(
            UUID.randomUUID().toString(),
            null,
            "adolink principal",
            java.util.Arrays.stream(organizations).map(AdoOrg::name).toList());
  }

  /** The subscriptions of the ADO organization, read through its REST API. */
  public List<Subscription> subscriptionsInAdo(AdoOrg ado) {
    return AzureDevOps.builder()
        .allowInsecureUrls(true)
        .build()
        .organization(ado.url(), PersonalAccessToken.of(ado.owner().pat()))
        .hooks()
        .list(null);
  }

  /** The shared secret ADO sends with the installation's deliveries of this event type. */
  public String secret(Installed installed, String eventType) {
    String subscriptionId =
        subscription(get(installed), eventType).orElseThrow().get("id").asString();
    String header =
        subscriptionsInAdo(installed.ado()).stream()
            .filter(s -> s.id().equals(subscriptionId))
            .findFirst()
            .orElseThrow()
            .consumerInputs()
            .get("httpHeaders");
    return header.substring(header.indexOf(':') + 1);
  }

  /** Posts a webhook delivery as ADO would ({@code secret} null: no header). */
  public TestApi.Response deliver(String body, String secret) {
    return api.send(
        "POST",
        "/extensions/vsts/issue-updated/",
        secret == null ? Map.of() : Map.of("shared-secret", secret),
        body);
  }

  /** Waits until the emulator has delivered every service hook notification that is due. */
  public void awaitDeliveries() {
    emulator.hooks().awaitIdle();
  }

  public Optional<JsonNode> subscription(JsonNode installation, String eventType) {
    for (JsonNode subscription : installation.get("subscriptions")) {
      if (subscription.get("eventType").asString().equals(eventType)) {
        return Optional.of(subscription);
      }
    }
    return Optional.empty();
  }

  private static AdoUser user(Admin.CreatedUser user) {
    return new AdoUser(user.email(), user.displayName(), user.pat());
  }
}
