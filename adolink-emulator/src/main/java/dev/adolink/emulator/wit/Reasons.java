package dev.adolink.emulator.wit;

import dev.adolink.emulator.process.StateCategory;
import dev.adolink.emulator.process.WorkItemState;

/**
 * The {@code System.Reason} a state change gets when the client gives none: the process's default
 * reason of the new state, except {@code Reactivated} when a finished item is reopened.
 */
final class Reasons {

  private Reasons() {}

  static String transition(WorkItemState from, WorkItemState to) {
    boolean reopened =
        finished(from.category())
            && !finished(to.category())
            && to.category() != StateCategory.REMOVED;
    return reopened ? "Reactivated" : to.defaultReason();
  }

  private static boolean finished(StateCategory category) {
    return category == StateCategory.RESOLVED
        || category == StateCategory.COMPLETED
        || category == StateCategory.REMOVED;
  }
}
