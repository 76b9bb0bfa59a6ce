package dev.adolink.server.sync;

import dev.adolink.azure.wit.WorkItemState;
import dev.adolink.server.integration.Installations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * The states of a work item type with their categories, read from ADO ({@code
 * .../workitemtypes/{type}/states}) and kept for a few minutes per installation, project and type.
 * Failures are not cached: they propagate, so the caller decides nothing and retries later.
 */
@Component
class WorkItemStates {

  private static final Duration TTL = Duration.ofMinutes(10);

  private record Key(long installationId, String project, String type) {}

  private record Cached(List<WorkItemState> states, Instant until) {}

  private final Installations installations;
  private final Clock clock;
  private final ConcurrentMap<Key, Cached> cache = new ConcurrentHashMap<>();

  WorkItemStates(Installations installations, Clock clock) {
    this.installations = installations;
    this.clock = clock;
  }

  List<WorkItemState> of(long installationId, String project, String type) {
    Key key =
        new Key(installationId, project.toLowerCase(Locale.ROOT), type.toLowerCase(Locale.ROOT));
    Instant now = clock.instant();
    Cached cached = cache.get(key);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.states();
    }
    List<WorkItemState> states =
        List.copyOf(installations.client(installationId).workItems().states(project, type));
    cache.put(key, new Cached(states, now.plus(TTL)));
    return states;
  }

  /**
   * A state to write instead of one ADO refused: for resolving the first of category Resolved, else
   * Completed; for unresolving the first InProgress, else Proposed (reopened work is active again,
   * where the process has such a state).
   */
  Optional<String> fallback(long installationId, String project, String type, boolean resolve) {
    List<WorkItemState> states = of(installationId, project, type);
    List<WorkItemState.Category> preference =
        resolve
            ? List.of(WorkItemState.Category.RESOLVED, WorkItemState.Category.COMPLETED)
            : List.of(WorkItemState.Category.IN_PROGRESS, WorkItemState.Category.PROPOSED);
    for (WorkItemState.Category category : preference) {
      Optional<String> match =
          states.stream()
              .filter(s -> s.category() == category)
              .map(WorkItemState::name)
              .findFirst();
      if (match.isPresent()) {
        return match;
      }
    }
    return Optional.empty();
  }
}
