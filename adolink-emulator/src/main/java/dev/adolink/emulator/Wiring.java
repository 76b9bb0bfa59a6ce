package dev.adolink.emulator;

import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.EmulatorContext;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.auth.Credentials;
import dev.adolink.emulator.clock.EmulatorClock;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.control.ControlArea;
import dev.adolink.emulator.control.DeliveryLog;
import dev.adolink.emulator.core.ProjectJson;
import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.core.ProjectsArea;
import dev.adolink.emulator.core.TeamsArea;
import dev.adolink.emulator.events.EventBus;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.faults.Faults;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.emulator.git.Git;
import dev.adolink.emulator.hooks.Hooks;
import dev.adolink.emulator.hosts.ContributionsArea;
import dev.adolink.emulator.hosts.HostsArea;
import dev.adolink.emulator.hosts.LocationsArea;
import dev.adolink.emulator.identity.GraphArea;
import dev.adolink.emulator.identity.IdentitiesArea;
import dev.adolink.emulator.identity.IdentityJson;
import dev.adolink.emulator.oauth.OAuth;
import dev.adolink.emulator.pipelines.Pipelines;
import dev.adolink.emulator.process.ProcessCatalog;
import dev.adolink.emulator.process.ProcessesArea;
import dev.adolink.emulator.search.SearchArea;
import dev.adolink.emulator.seed.SeedArea;
import dev.adolink.emulator.seed.Seeder;
import dev.adolink.emulator.store.Store;
import dev.adolink.emulator.wiql.WiqlArea;
import dev.adolink.emulator.wit.Wit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the emulator's services and the list of areas it serves. To add an area: construct it here
 * and add it to {@link #areas}.
 */
final class Wiring {

  final EmulatorContext context;
  final ProcessCatalog processes = ProcessCatalog.standard();
  final ProjectService projects;
  final ProjectJson projectJson;
  final IdentityJson identityJson;
  final Admin admin;
  final Git git;
  final Seeder seeder;
  final OAuth oauth;
  final Wit wit;
  final Hooks hooks;
  final AtomicReference<DeliveryLog> deliveries = new AtomicReference<>(DeliveryLog.NONE);
  private final List<Runnable> afterReset = new ArrayList<>();

  Wiring(String baseUrl) {
    EmulatorClock clock = new EmulatorClock();
    EventBus events = new EventBus();
    Store store = new Store(clock, events);
    Credentials credentials = new Credentials(clock);
    this.context =
        new EmulatorContext(
            store,
            clock,
            events,
            credentials,
            new Urls(baseUrl),
            new Faults(clock),
            new RequestLog());
    this.projects = new ProjectService(clock, processes);
    this.projectJson = new ProjectJson(context.urls(), processes);
    this.identityJson = new IdentityJson(context.urls());
    this.admin = new Admin(store, credentials, context.urls());
    this.git = new Git(context, projects, projectJson, identityJson);
    this.oauth = new OAuth(context);
    this.seeder = new Seeder(admin, projects, processes);
    seeder.step(git.seedStep());
    this.wit = new Wit(context, processes, identityJson);
    this.hooks = new Hooks(context);
    deliveries.set(hooks.deliveries());
    seeder.step(wit.seedStep());
    seeder.organizationStep(hooks.seedStep());
  }

  List<Area> areas() {
    Urls urls = context.urls();
    List<Area> areas = new ArrayList<>();
    areas.add(
        new ControlArea(
            admin,
            context.faults(),
            context.requestLog(),
            context.clock(),
            this::reset,
            deliveries::get));
    areas.add(new ProjectsArea(projects, projectJson, urls));
    areas.add(new TeamsArea(projectJson, urls));
    areas.add(new ProcessesArea(processes, urls));
    areas.addAll(git.areas());
    areas.add(new SeedArea(seeder));
    areas.add(new HostsArea(context.store(), urls));
    areas.add(new LocationsArea());
    areas.add(new ContributionsArea(context.store(), urls));
    areas.add(new GraphArea(urls));
    areas.add(new IdentitiesArea());
    areas.addAll(oauth.areas());
    areas.addAll(wit.areas());
    areas.add(new WiqlArea(processes, wit, context.clock()));
    areas.addAll(hooks.areas());
    areas.add(new SearchArea(wit, urls));
    areas.addAll(new Pipelines(context).areas());
    return areas;
  }

  /** Runs after every reset (the seed is applied again). */
  void afterReset(Runnable action) {
    afterReset.add(action);
  }

  /**
   * Back to the state right after start: no organizations, no faults, an empty request log (then
   * the seed again). The clock keeps its time.
   */
  void reset() {
    context.store().reset();
    context.credentials().clear();
    context.requestLog().clear();
    context.faults().configure(FaultSettings.none());
    afterReset.forEach(Runnable::run);
  }
}
