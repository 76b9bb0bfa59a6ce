package dev.adolink.emulator.wit;

import dev.adolink.emulator.process.StateCategory;
import dev.adolink.emulator.process.WorkItemState;
import java.util.Map;

/**
 * The default {@code System.Reason} of a state change, as the system processes define it for the
 * common transitions; other transitions get ADO's generic {@code Moved to state X} (and {@code
 * Reactivated} when a finished item is reopened).
 */
final class Reasons {

  private static final Map<String, String> ENTERING =
      Map.ofEntries(
          Map.entry("Agile|Bug|New", "New defect reported"),
          Map.entry("Agile|Bug|Active", "Approved"),
          Map.entry("Agile|Bug|Resolved", "Fixed"),
          Map.entry("Agile|Bug|Closed", "Verified"),
          Map.entry("Agile|User Story|Active", "Implementation started"),
          Map.entry("Agile|User Story|Resolved", "Code complete and unit tests pass"),
          Map.entry("Agile|User Story|Closed", "Acceptance tests pass"),
          Map.entry("Agile|Feature|Active", "Implementation started"),
          Map.entry("Agile|Feature|Resolved", "Stories complete"),
          Map.entry("Agile|Feature|Closed", "Acceptance tests pass"),
          Map.entry("Agile|Epic|Active", "Implementation started"),
          Map.entry("Agile|Epic|Resolved", "Features complete"),
          Map.entry("Agile|Epic|Closed", "Acceptance tests pass"),
          Map.entry("Agile|Task|Active", "Work started"),
          Map.entry("Agile|Task|Closed", "Completed"),
          Map.entry("Agile|Issue|Closed", "Issue Resolved"),
          Map.entry("Scrum|Bug|New", "New defect reported"),
          Map.entry("Scrum|Product Backlog Item|New", "New backlog item"),
          Map.entry("Scrum|Task|To Do", "New task"),
          Map.entry("Scrum|Task|In Progress", "Work started"),
          Map.entry("Scrum|Impediment|Open", "New impediment"),
          Map.entry("Scrum|Impediment|Closed", "Impediment removed"),
          Map.entry("Scrum|*|Approved", "Approved by the Product Owner"),
          Map.entry("Scrum|*|Committed", "Commitment made by the team"),
          Map.entry("Scrum|*|In Progress", "Implementation started"),
          Map.entry("Scrum|*|Done", "Work finished"),
          Map.entry("Basic|*|To Do", "Added to backlog"),
          Map.entry("Basic|*|Doing", "Started"),
          Map.entry("Basic|*|Done", "Completed"),
          Map.entry("*|*|Removed", "Removed from the backlog"));

  private Reasons() {}

  /** The reason of a new work item in its initial state. */
  static String initial(String process, String type, WorkItemState state) {
    return lookup(process, type, state.name()).orElse("New");
  }

  /** The reason of moving from {@code from} to {@code to}. */
  static String transition(String process, String type, WorkItemState from, WorkItemState to) {
    boolean reopened =
        isFinished(from.category())
            && !isFinished(to.category())
            && to.category() != StateCategory.REMOVED;
    if (reopened) {
      return "Reactivated";
    }
    return lookup(process, type, to.name()).orElse("Moved to state " + to.name());
  }

  private static boolean isFinished(StateCategory category) {
    return category == StateCategory.RESOLVED
        || category == StateCategory.COMPLETED
        || category == StateCategory.REMOVED;
  }

  private static java.util.Optional<String> lookup(String process, String type, String state) {
    for (String key :
        new String[] {
          process + "|" + type + "|" + state, process + "|*|" + state, "*|*|" + state
        }) {
      String reason = ENTERING.get(key);
      if (reason != null) {
        return java.util.Optional.of(reason);
      }
    }
    return java.util.Optional.empty();
  }
}
