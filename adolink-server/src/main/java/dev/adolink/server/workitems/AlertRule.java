package dev.adolink.server.workitems;

import dev.adolink.server.tracker.Level;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * "When a new issue appears in the project (of at least {@code minLevel}, or once it occurred
 * {@code minEvents} times), create a work item in the installation with these values." With {@code
 * regression} the rule fires instead when a resolved issue (of at least {@code minLevel})
 * regresses: a new event from an SDK unresolves it.
 *
 * @param action the create form's values without title and description ({@link WorkItemDraft})
 * @param lastError why the last failed creation failed, kept after later successes
 */
public record AlertRule(
    long id,
    long organizationId,
    long projectId,
    String name,
    @Nullable Level minLevel,
    @Nullable Long minEvents,
    boolean regression,
    long installationId,
    Map<String, Object> action,
    @Nullable String lastError,
    @Nullable Instant lastErrorAt,
    @Nullable Instant lastCreatedAt,
    Instant createdAt) {

  public AlertRule {
    action = Map.copyOf(action);
  }

  /** Whether a new issue of this level fires the rule. */
  boolean firesOnCreation(Level level) {
    return !regression && severeEnough(level) && (minEvents == null || minEvents <= 1);
  }

  /** Whether the issue's {@code count}-th occurrence fires the rule. */
  boolean firesOnOccurrence(Level level, long count) {
    return !regression
        && severeEnough(level)
        && minEvents != null
        && minEvents > 1
        && count == minEvents;
  }

  /** Whether a resolved issue of this level that a new event unresolved fires the rule. */
  boolean firesOnRegression(Level level) {
    return regression && severeEnough(level);
  }

  /** Levels are ordered from the most severe ({@code fatal}) to the least ({@code debug}). */
  private boolean severeEnough(Level level) {
    return minLevel == null || level.ordinal() <= minLevel.ordinal();
  }
}
