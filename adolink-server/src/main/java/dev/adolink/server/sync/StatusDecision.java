package dev.adolink.server.sync;

import dev.adolink.azure.wit.WorkItemState;
import dev.adolink.server.integration.StatusMapping;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a work item's state change does to its linked issues (DESIGN §5). A new work item
 * (no old state) never changes an issue. Without a mapping, the state categories of the work item's
 * own type decide: becoming done (Resolved or Completed) resolves, ceasing to be done unresolves.
 * With the user's mapping for the work item's project and type: entering the mapped {@code
 * on_resolve} state resolves, leaving it for the mapped {@code on_unresolve} state unresolves,
 * anything else changes nothing. A mapped state the type does not have is decided by the categories
 * on its side, as the outbound fallback writes one of those instead: a project mapped to Resolved
 * resolves its Tasks (no Resolved in Agile) when they become done, and unresolves them when they
 * leave a done state for the mapped {@code on_unresolve}. Unlike Sentry, a change between two
 * states that are not done leaves a resolved issue alone, and not knowing the type's states is not
 * "not done" (the caller retries instead of deciding).
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
   * @param typeStates the states of the work item's type with their categories; asked only when the
   *     transition and the mapping alone do not decide, and may throw when ADO cannot be asked
   */
  static Outcome decide(
      @Nullable String oldState,
      String newState,
      Optional<StatusMapping> mapping,
      Supplier<List<WorkItemState>> typeStates) {
    if (oldState == null) {
      return new Outcome(Action.NOOP, "a new work item does not change issues");
    }
    if (oldState.equalsIgnoreCase(newState)) {
      return new Outcome(Action.NOOP, "the state did not change");
    }
    TypeStates type = new TypeStates(oldState, newState, typeStates);
    return mapping.isPresent()
        ? byMapping(oldState, newState, mapping.get(), type)
        : byCategories(oldState, newState, type);
  }

  private static Outcome byCategories(String oldState, String newState, TypeStates type) {
    boolean wasDone = type.isDone(oldState);
    boolean nowDone = type.isDone(newState);
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

  private static Outcome byMapping(
      String oldState, String newState, StatusMapping mapping, TypeStates type) {
    String onResolve = mapping.onResolve();
    String onUnresolve = mapping.onUnresolve();
    boolean resolveMapped = type.has(onResolve);
    if (resolveMapped && newState.equalsIgnoreCase(onResolve)) {
      return new Outcome(Action.RESOLVE, "'" + newState + "' is the mapped resolve state");
    }
    if (!resolveMapped && !type.isDone(oldState) && type.isDone(newState)) {
      return new Outcome(
          Action.RESOLVE,
          "'" + newState + "' is a done state and the type has no state '" + onResolve + "'");
    }
    boolean leftResolved =
        resolveMapped ? oldState.equalsIgnoreCase(onResolve) : type.isDone(oldState);
    boolean unresolveMapped = type.has(onUnresolve);
    boolean enteredUnresolved =
        unresolveMapped ? newState.equalsIgnoreCase(onUnresolve) : !type.isDone(newState);
    if (leftResolved && enteredUnresolved) {
      return new Outcome(
          Action.UNRESOLVE,
          unresolveMapped
              ? "'" + newState + "' is the mapped unresolve state"
              : "'"
                  + newState
                  + "' is not a done state and the type has no state '"
                  + onUnresolve
                  + "'");
    }
    return new Outcome(
        Action.NOOP,
        "the mapping (resolve: "
            + side(onResolve, resolveMapped, "a done state")
            + ", unresolve: "
            + side(onUnresolve, unresolveMapped, "a state that is not done")
            + ") says nothing about '"
            + oldState
            + "' to '"
            + newState
            + "'");
  }

  private static String side(String mapped, boolean typeHasIt, String instead) {
    return typeHasIt ? "'" + mapped + "'" : instead + ", as the type has no state '" + mapped + "'";
  }

  /**
   * The work item's type, asked lazily: its old and new states are known to exist without asking
   * ADO, so a transition the mapping decides by name needs no call.
   */
  private static final class TypeStates {

    private final String oldState;
    private final String newState;
    private final Supplier<List<WorkItemState>> source;
    private @Nullable List<WorkItemState> states;

    TypeStates(String oldState, String newState, Supplier<List<WorkItemState>> source) {
      this.oldState = oldState;
      this.newState = newState;
      this.source = source;
    }

    boolean has(String state) {
      return state.equalsIgnoreCase(oldState)
          || state.equalsIgnoreCase(newState)
          || states().stream().anyMatch(s -> s.name().equalsIgnoreCase(state));
    }

    /** Category Resolved or Completed; a name the type does not list is not done. */
    boolean isDone(String state) {
      return states().stream().anyMatch(s -> s.name().equalsIgnoreCase(state) && s.isDone());
    }

    private List<WorkItemState> states() {
      if (states == null) {
        states = source.get();
      }
      return states;
    }
  }
}
