package dev.adolink.emulator.store;

import dev.adolink.emulator.events.EventBus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Every organization and identity of the emulator. Thread-safe. */
public final class Store {

  private final Clock clock;
  private final EventBus events;
  private final Directory directory = new Directory();
  private final Map<String, Organization> byName = new ConcurrentHashMap<>();
  private final Map<UUID, Organization> byId = new ConcurrentHashMap<>();
  private final List<Runnable> resetListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  public Store(Clock clock, EventBus events) {
    this.clock = clock;
    this.events = events;
  }

  public Directory directory() {
    return directory;
  }

  /** Creates an organization; names are unique, case-insensitively. */
  public synchronized Organization createOrganization(String name, OrganizationSettings settings) {
    return createOrganization(UUID.randomUUID(), name, settings);
  }

  public synchronized Organization createOrganization(
      UUID id, String name, OrganizationSettings settings) {
    String key = name.toLowerCase(Locale.ROOT);
    if (byName.containsKey(key)) {
      throw new IllegalArgumentException("organization " + name + " exists already");
    }
    Organization org = new Organization(id, name, clock.instant(), settings, events);
    byName.put(key, org);
    byId.put(id, org);
    return org;
  }

  /** An organization by name (case-insensitive) or id. */
  public Optional<Organization> organization(String nameOrId) {
    Organization org = byName.get(nameOrId.toLowerCase(Locale.ROOT));
    if (org != null) {
      return Optional.of(org);
    }
    return Ids.parse(nameOrId).map(byId::get);
  }

  public Optional<Organization> organization(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Organization> organizations() {
    List<Organization> all = new ArrayList<>(byId.values());
    all.sort(
        java.util.Comparator.comparing(Organization::createdAt).thenComparing(Organization::name));
    return all;
  }

  /** The organizations {@code user} is a member of. */
  public List<Organization> organizationsOf(User user) {
    return organizations().stream().filter(o -> o.isMember(user)).toList();
  }

  /** Runs {@code listener} on every {@link #reset} (features clear their global state). */
  public void onReset(Runnable listener) {
    resetListeners.add(listener);
  }

  /** Forgets every organization and identity. */
  public synchronized void reset() {
    byName.clear();
    byId.clear();
    directory.clear();
    resetListeners.forEach(Runnable::run);
  }
}
