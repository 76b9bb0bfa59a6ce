package dev.adolink.emulator;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Dispatcher;
import dev.adolink.emulator.auth.Credentials;
import dev.adolink.emulator.clock.EmulatorClock;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.control.DeliveryLog;
import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.events.EventBus;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.emulator.git.GitRepo;
import dev.adolink.emulator.git.GitService;
import dev.adolink.emulator.git.Push;
import dev.adolink.emulator.git.PushSpec;
import dev.adolink.emulator.hooks.Hooks;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Server;
import dev.adolink.emulator.oauth.OAuth;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.store.User;
import dev.adolink.emulator.wit.OrgWorkItems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A running Azure DevOps emulator. {@code AdoEmulator.start()} serves on a free port of 127.0.0.1;
 * {@link #close()} stops it.
 *
 * <pre>{@code
 * try (AdoEmulator ado = AdoEmulator.start()) {
 *   var org = ado.createOrganization("fabrikam", new Admin.UserSpec("alice@example.com", "Alice"));
 *   String pat = org.user("alice@example.com").pat();
 *   ado.createProject("fabrikam", "Web");        // with its default Git repository "Web"
 *   // call ado.organizationUrl("fabrikam") + "_apis/projects?api-version=7.1" with the PAT
 * }
 * }</pre>
 */
public final class AdoEmulator implements AutoCloseable {

  private final Server server;
  private final Wiring wiring;

  private AdoEmulator(Server server, Wiring wiring) {
    this.server = server;
    this.wiring = wiring;
  }

  public static AdoEmulator start() {
    return start(EmulatorOptions.defaults());
  }

  public static AdoEmulator start(EmulatorOptions options) {
    Server server;
    try {
      server = Server.bind(options.bindAddress(), options.port(), options.threads());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot bind " + options.bindAddress() + ":" + options.port(), e);
    }
    String base =
        options.publicUrl().orElse("http://" + options.bindAddress() + ":" + server.port() + "/");
    Wiring wiring = new Wiring(base);
    server.start(new Dispatcher(wiring.context, wiring.areas()));
    AdoEmulator emulator = new AdoEmulator(server, wiring);
    options
        .seed()
        .ifPresent(
            path -> {
              JsonNode seed = readSeed(path);
              wiring.afterReset(() -> wiring.seeder.apply(seed));
              emulator.seed(seed);
            });
    return emulator;
  }

  private static JsonNode readSeed(Path path) {
    try {
      return Json.MAPPER.readTree(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed " + path, e);
    }
  }

  /** Applies a seed (the seed file format of the README); returns the organizations it created. */
  public List<Admin.CreatedOrganization> seed(JsonNode seed) {
    return wiring.seeder.apply(seed);
  }

  /** Applies a seed given as JSON text. */
  public List<Admin.CreatedOrganization> seed(String json) {
    return seed(Json.MAPPER.readTree(json));
  }

  /** The root URL, ending with a slash, e.g. {@code http://127.0.0.1:50123/}. */
  public String baseUrl() {
    return wiring.context.urls().base();
  }

  public int port() {
    return server.port();
  }

  /** {@code {baseUrl}{org}/}, the organization's {@code https://dev.azure.com/{org}/}. */
  public String organizationUrl(String org) {
    return wiring.admin.url(wiring.admin.organization(org), Host.ORG);
  }

  /** The organization's base URL on another host, e.g. {@link Host#VSSPS} for graph. */
  public String hostUrl(String org, Host host) {
    return wiring.admin.url(wiring.admin.organization(org), host);
  }

  /** The emulator's clock: advance it to make tokens expire, throttle windows end, retries run. */
  public EmulatorClock clock() {
    return wiring.context.clock();
  }

  /** The internal event bus: every change (a push, a work item update) is published here. */
  public EventBus events() {
    return wiring.context.events();
  }

  /** Creates an organization (Azure DevOps Services) with its users; each user gets a PAT. */
  public Admin.CreatedOrganization createOrganization(String name, Admin.UserSpec... users) {
    return createOrganization(name, Arrays.asList(users), OrganizationOptions.cloud());
  }

  /** Creates an organization that behaves as {@code options} say, with its users and their PATs. */
  public Admin.CreatedOrganization createOrganization(
      String name, List<Admin.UserSpec> users, OrganizationOptions options) {
    return wiring.admin.createOrganization(name, users, options.settings());
  }

  /** An organization by name or id; unknown: {@link IllegalArgumentException}. */
  public Organization organization(String org) {
    return wiring.admin.organization(org);
  }

  /** Every organization, oldest first. */
  public List<Organization> organizations() {
    return wiring.context.store().organizations();
  }

  /** The identity with this email; unknown: {@link IllegalArgumentException}. */
  public User user(String email) {
    return wiring
        .context
        .store()
        .directory()
        .byEmail(email)
        .orElseThrow(() -> new IllegalArgumentException("no user " + email));
  }

  /**
   * The identity with this email, created if new, a member of no organization (someone who signs in
   * but has no access); {@link #addUser} makes a member.
   */
  public User identity(String email, String displayName) {
    return wiring.context.store().directory().user(email, displayName);
  }

  /** The PATs that are valid for {@code org}, in the order they were issued. */
  public List<Credentials.Pat> pats(String org) {
    return wiring.context.credentials().patsOf(organization(org));
  }

  /** Issues a new PAT for the member with {@code email}, valid for {@code org} only. */
  public String issuePat(String email, String org) {
    return wiring
        .context
        .credentials()
        .issuePat(user(email), Optional.of(organization(org).id()), Optional.empty())
        .token();
  }

  /** Revokes a PAT: requests with it are then unauthenticated. False when it was not issued. */
  public boolean revokePat(String token) {
    return wiring.context.credentials().revokePat(token);
  }

  /**
   * The API requests served (not the control API) with a sequence number above {@code sinceSeq},
   * oldest first; {@code requests(0)} is all of them.
   */
  public List<RequestLog.Entry> requests(long sinceSeq) {
    return wiring.context.requestLog().since(sinceSeq);
  }

  /** Adds a member (with a new PAT) to an organization. */
  public Admin.CreatedUser addUser(String org, Admin.UserSpec user) {
    return wiring.admin.addUser(wiring.admin.organization(org), user);
  }

  /** Creates a project with the default process (Agile). */
  public Project createProject(String org, String name) {
    return createProject(org, name, "Agile");
  }

  public Project createProject(String org, String name, String process) {
    Organization organization = wiring.admin.organization(org);
    return wiring.projects.create(
        organization, name, null, wiring.processes.byName(process).orElseThrow().id(), "private");
  }

  /** Creates an empty Git repository in a project. */
  public GitRepo createRepository(String org, String project, String name) {
    Organization organization = wiring.admin.organization(org);
    return wiring
        .git
        .service()
        .createRepository(organization, ProjectService.find(organization, project), name);
  }

  /** A repository by project and name (or id). */
  public GitRepo repository(String org, String project, String repository) {
    return GitService.find(wiring.admin.organization(org), project, repository);
  }

  /** Pushes as the member with {@code pusherEmail}, as {@code POST .../pushes} does. */
  public Push push(
      String org, String project, String repository, String pusherEmail, PushSpec spec) {
    Organization organization = wiring.admin.organization(org);
    User pusher = user(pusherEmail);
    return wiring
        .git
        .service()
        .push(organization, repository(org, project, repository), spec, pusher);
  }

  /** One commit on {@code branch} (on top of its current commit, or as its first). */
  public Push commit(
      String org,
      String project,
      String repository,
      String pusherEmail,
      String branch,
      String message,
      PushSpec.ChangeSpec... changes) {
    GitRepo repo = repository(org, project, repository);
    String ref = branch.startsWith("refs/") ? branch : "refs/heads/" + branch;
    Organization organization = wiring.admin.organization(org);
    String tip =
        organization.read(
            () -> repo.refs().getOrDefault(ref, dev.adolink.emulator.git.RefUpdate.ZERO));
    return push(org, project, repository, pusherEmail, PushSpec.commit(ref, tip, message, changes));
  }

  /** Bulk history on the default branch (see {@code POST /_emulator/.../generate}). */
  public Push generateHistory(
      String org, String project, String repository, int commits, int filesPerCommit) {
    Organization organization = wiring.admin.organization(org);
    User pusher = organization.members().stream().findFirst().orElseThrow();
    return wiring
        .git
        .generator()
        .generate(
            organization, repository(org, project, repository), commits, filesPerCommit, pusher);
  }

  /** OAuth setup: apps, service principals, the consenting user, token revocation. */
  public OAuth oauth() {
    return wiring.oauth;
  }

  /** Work items of an organization from Java: create, update, comment, link, delete. */
  public OrgWorkItems workItems(String org) {
    return wiring.wit.in(wiring.admin.organization(org));
  }

  /** Service hooks: wait for deliveries, set subscription statuses and permissions. */
  public Hooks hooks() {
    return wiring.hooks;
  }

  /** Injects faults, as {@code PUT /_emulator/faults} does. */
  public void faults(FaultSettings settings) {
    wiring.context.faults().configure(settings);
  }

  /** Where {@code GET /_emulator/deliveries} reads service hook deliveries from. */
  public void deliveryLog(DeliveryLog log) {
    wiring.deliveries.set(log);
  }

  /** Forgets everything (then applies the seed again, if one was given). */
  public void reset() {
    wiring.reset();
  }

  @Override
  public void close() {
    server.close();
    wiring.hooks.close();
  }
}
