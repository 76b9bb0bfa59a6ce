package dev.adolink.emulator.store;

import dev.adolink.emulator.events.EmulatorEvent;
import dev.adolink.emulator.events.EventBus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One organization (ADO's account and collection; one id for both) and everything in it. Guarded by
 * one read-write lock: read state inside {@link #read}, change it inside {@link #write}. Each
 * feature keeps its own state object here ({@link #feature}), created on first use, so a new area
 * adds state without touching this class. Events published inside {@link #write} reach the bus in
 * the order of the changes.
 */
public final class Organization {

  private final UUID id;
  private final String name;
  private final Instant createdAt;
  private final OrganizationSettings settings;
  private final EventBus events;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<UUID, User> members = new LinkedHashMap<>();
  private final Map<UUID, Project> projects = new LinkedHashMap<>();
  private final Map<Class<?>, Object> features = new ConcurrentHashMap<>();

  Organization(
      UUID id, String name, Instant createdAt, OrganizationSettings settings, EventBus events) {
    this.id = id;
    this.name = name;
    this.createdAt = createdAt;
    this.settings = settings;
    this.events = events;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public OrganizationSettings settings() {
    return settings;
  }

  /** Runs {@code action} under the read lock. */
  public <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs {@code action} under the write lock. */
  public <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  public void write(Runnable action) {
    write(
        () -> {
          action.run();
          return null;
        });
  }

  /** Publishes an event; call inside {@link #write}, after the change it announces. */
  public void publish(EmulatorEvent event) {
    if (!lock.isWriteLockedByCurrentThread()) {
      throw new IllegalStateException("publish events inside write()");
    }
    events.publish(event);
  }

  /**
   * The state object of a feature (e.g. the git repositories), created by {@code factory} on first
   * use. Read and change it only under this organization's lock.
   */
  public <T> T feature(Class<T> type, Function<Organization, T> factory) {
    return type.cast(features.computeIfAbsent(type, k -> factory.apply(this)));
  }

  public boolean isMember(User user) {
    return read(() -> members.containsKey(user.id()));
  }

  public void addMember(User user) {
    write(() -> members.putIfAbsent(user.id(), user));
  }

  public List<User> members() {
    return read(() -> new ArrayList<>(members.values()));
  }

  public List<Project> projects() {
    return read(() -> new ArrayList<>(projects.values()));
  }

  /** A project by id or by name (case-insensitive). */
  public Optional<Project> project(String idOrName) {
    return read(
        () -> {
          Optional<UUID> asId = Ids.parse(idOrName);
          if (asId.isPresent() && projects.containsKey(asId.get())) {
            return Optional.of(projects.get(asId.get()));
          }
          String lower = idOrName.toLowerCase(Locale.ROOT);
          return projects.values().stream()
              .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(lower))
              .findFirst();
        });
  }

  /** Adds or replaces a project (call inside {@link #write} when combined with other changes). */
  public void putProject(Project project) {
    write(() -> projects.put(project.id(), project));
  }

  public String toString() {
    return name;
  }
}
