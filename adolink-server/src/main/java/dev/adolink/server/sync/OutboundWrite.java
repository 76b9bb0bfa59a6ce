package dev.adolink.server.sync;

import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.server.workitems.LinkedWorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One work item's field changes of a round: the latest status and assignee rows (earlier ones are
 * superseded) and the values they become in ADO.
 *
 * @param state the ADO state to write, {@code null} to leave the state alone
 * @param assignee the assignee to write; {@code null} with an assignee row unassigns
 */
record OutboundWrite(
    LinkedWorkItem item,
    Outbox.@Nullable Row statusRow,
    @Nullable String state,
    Outbox.@Nullable Row assigneeRow,
    @Nullable String assignee) {

  boolean resolves() {
    return statusRow != null && "resolved".equals(statusRow.payload().path("status").asString());
  }

  OutboundWrite withState(String fallback) {
    return new OutboundWrite(item, statusRow, fallback, assigneeRow, assignee);
  }

  /** This write without the rows not in {@code claimed}; {@code null} when nothing is left. */
  @Nullable OutboundWrite keeping(Set<Long> claimed) {
    Outbox.Row status = statusRow != null && claimed.contains(statusRow.id()) ? statusRow : null;
    Outbox.Row assigned =
        assigneeRow != null && claimed.contains(assigneeRow.id()) ? assigneeRow : null;
    if ((status == null || state == null) && assigned == null) {
      return null;
    }
    return status == statusRow && assigned == assigneeRow
        ? this
        : new OutboundWrite(item, status, state, assigned, assignee);
  }

  WorkItemPatch patch() {
    WorkItemPatch.Builder patch = WorkItemPatch.builder();
    if (statusRow != null && state != null) {
      patch.state(state);
    }
    if (assigneeRow != null) {
      if (assignee == null) {
        patch.unassign();
      } else {
        patch.assignTo(assignee);
      }
    }
    return patch.build();
  }

  List<Outbox.Row> rows() {
    List<Outbox.Row> rows = new ArrayList<>(2);
    if (statusRow != null && state != null) {
      rows.add(statusRow);
    }
    if (assigneeRow != null) {
      rows.add(assigneeRow);
    }
    return rows;
  }
}
