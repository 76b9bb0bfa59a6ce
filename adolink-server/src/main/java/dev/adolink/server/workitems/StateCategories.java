package dev.adolink.server.workitems;

import dev.adolink.azure.wit.WorkItemState;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * The category of each state of a work item type ({@code Proposed}, {@code InProgress}, {@code
 * Resolved}, {@code Completed}, {@code Removed}), read from ADO and kept for ten minutes. The issue
 * page colours states with them and tells a state that contradicts the status.
 */
@Component
public class StateCategories {

  private static final Duration TTL = Duration.ofMinutes(10);

  private record Key(long installationId, String project, String type) {}

  private record Cached(Map<String, WorkItemState.Category> categories, Instant until) {}

  private final Installations installations;
  private final Clock clock;
  private final ConcurrentMap<Key, Cached> cache = new ConcurrentHashMap<>();

  StateCategories(Installations installations, Clock clock) {
    this.installations = installations;
    this.clock = clock;
  }

  /** Category by state name (lower case); asks ADO unless known from the last ten minutes. */
  public Map<String, WorkItemState.Category> of(
      Installation installation, String project, String type) {
    Key key =
        new Key(installation.id(), project.toLowerCase(Locale.ROOT), type.toLowerCase(Locale.ROOT));
    Cached cached = cache.get(key);
    Instant now = clock.instant();
    if (cached != null && cached.until().isAfter(now)) {
      return cached.categories();
    }
    Map<String, WorkItemState.Category> categories = new HashMap<>();
    for (WorkItemState state :
        installations.client(installation).workItems().states(project, type)) {
      categories.put(
          state.name().toLowerCase(Locale.ROOT),
          state.category() == null ? WorkItemState.Category.UNKNOWN : state.category());
    }
    cache.put(key, new Cached(Map.copyOf(categories), now.plus(TTL)));
    return Map.copyOf(categories);
  }
}
