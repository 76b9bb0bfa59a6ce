package dev.adolink.emulator;

import dev.adolink.emulator.clock.EmulatorClock;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.control.DeliveryLog;
import dev.adolink.emulator.events.EventBus;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.hooks.Hooks;
import dev.adolink.emulator.http.EmulatorContext;
import dev.adolink.emulator.http.EmulatorServer;
import dev.adolink.emulator.http.Host;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.wit.OrgWorkItems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

  private final EmulatorServer server;
  private final Wiring wiring;

  private AdoEmulator(EmulatorServer server, Wiring wiring) {
    this.server = server;
    this.wiring = wiring;
  }

  public static AdoEmulator start() {
    return start(EmulatorOptions.defaults());
  }

  public static AdoEmulator start(EmulatorOptions options) {
    EmulatorServer server;
    try {
      server = EmulatorServer.bind(options.bindAddress(), options.port(), options.threads());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot bind " + options.bindAddress() + ":" + options.port(), e);
    }
    String base =
        options.publicUrl().orElse("http://" + options.bindAddress() + ":" + server.port() + "/");
    Wiring wiring = new Wiring(base);
    server.start(wiring.context, wiring.areas());
    return new AdoEmulator(server, wiring);
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

  /** Services shared by the areas (store, clock, credentials, URLs, faults, request log). */
  public EmulatorContext context() {
    return wiring.context;
  }

  /** Creates an organization with its users; each user gets a PAT. */
  public Admin.CreatedOrganization createOrganization(String name, Admin.UserSpec... users) {
    return wiring.admin.createOrganization(name, Arrays.asList(users), Optional.empty(), true);
  }

  public Admin.CreatedOrganization createOrganization(
      String name, List<Admin.UserSpec> users, Optional<String> apiVersionMax, boolean search) {
    return wiring.admin.createOrganization(
        name,
        users,
        apiVersionMax.map(v -> dev.adolink.emulator.http.ApiVersion.parse(v).orElseThrow()),
        search);
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
