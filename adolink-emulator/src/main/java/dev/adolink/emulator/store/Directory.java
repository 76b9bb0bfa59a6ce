package dev.adolink.emulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** All identities of the emulator, by id and by email (case-insensitive). Thread-safe. */
public final class Directory {

  private final Map<UUID, User> byId = new ConcurrentHashMap<>();
  private final Map<String, User> byEmail = new ConcurrentHashMap<>();

  /** The identity with this email, created if new (a blank display name uses the email's name). */
  public synchronized User user(String email, String displayName) {
    return user(email, displayName, User.Kind.USER, null);
  }

  public synchronized User user(String email, String displayName, User.Kind kind, UUID originId) {
    String key = email.toLowerCase(Locale.ROOT);
    User existing = byEmail.get(key);
    if (existing != null) {
      return existing;
    }
    String name = displayName == null || displayName.isBlank() ? email.split("@")[0] : displayName;
    User created =
        new User(
            UUID.randomUUID(), email, name, kind, originId != null ? originId : UUID.randomUUID());
    byId.put(created.id(), created);
    byEmail.put(key, created);
    return created;
  }

  public Optional<User> byId(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<User> byEmail(String email) {
    return Optional.ofNullable(byEmail.get(email.toLowerCase(Locale.ROOT)));
  }

  public List<User> all() {
    return new ArrayList<>(byId.values());
  }

  void clear() {
    byId.clear();
    byEmail.clear();
  }
}
