package dev.adolink.server.sync;

import dev.adolink.server.integration.StatusMapping;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a work item's state change does to its linked issues (DESIGN §5). A new work item
 * (no old state) never changes an issue. With the user's mapping for the work item's project and
 * type: entering the mapped {@code on_resolve} state resolves, leaving it for the mapped {@code
 * on_unresolve} state unresolves, anything else changes nothing. Without a mapping, the state
 * categories of the work item's own type decide: becoming done (Resolved or Completed) resolves,
 * ceasing to be done unresolves. Unlike Sentry, a change between two states that are not done
 * leaves a resolved issue alone, and not knowing the categories is not "not done" (the caller
 * retries instead of deciding).
 */
final class StatusDecision {

  enum Action {
    RESOLVE,
    UNRESOLVE,
    NOOP
  }

  record Outcome(Action action, String reason) {}

  private StatusDecision() {}

  /**
   * @param isDone asked only when there is no mapping; may throw when ADO cannot be asked
   */
  static Outcome decide(
      @Nullable String oldState,
      String newState,
      Optional<StatusMapping> mapping,
      Supplier<Predicate<String>> isDone) {
    if (oldState == null) {
      return new Outcome(Action.NOOP, "a new work item does not change issues");
    }
    if (oldState.equalsIgnoreCase(newState)) {
      return new Outcome(Action.NOOP, "the state did not change");
    }
    if (mapping.isPresent()) {
      return byMapping(oldState, newState, mapping.get());
    }
    Predicate<String> done = isDone.get();
    boolean wasDone = done.test(oldState);
    boolean nowDone = done.test(newState);
    if (!wasDone && nowDone) {
      return new Outcome(Action.RESOLVE, "'" + newState + "' is a done state");
    }
    if (wasDone && !nowDone) {
      return new Outcome(Action.UNRESOLVE, "'" + newState + "' is not a done state");
    }
    return new Outcome(
        Action.NOOP,
        "'" + oldState + "' and '" + newState + "' are both " + (nowDone ? "" : "not ") + "done");
  }

  private static Outcome byMapping(String oldState, String newState, StatusMapping mapping) {
    if (newState.equalsIgnoreCase(mapping.onResolve())) {
      return new Outcome(Action.RESOLVE, "'" + newState + "' is the mapped resolve state");
    }
    if (oldState.equalsIgnoreCase(mapping.onResolve())
        && newState.equalsIgnoreCase(mapping.onUnresolve())) {
      return new Outcome(Action.UNRESOLVE, "'" + newState + "' is the mapped unresolve state");
    }
    return new Outcome(
        Action.NOOP,
        "the mapping (resolve: '"
            + mapping.onResolve()
            + "', unresolve: '"
            + mapping.onUnresolve()
            + "') says nothing about '"
            + oldState
            + "' to '"
            + newState
            + "'");
  }
}
