package dev.adolink.server.workitems;

import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.IssueRef;

/** A work item stopped being linked to an issue; published like {@link WorkItemLinked}. */
public record WorkItemUnlinked(
    IssueRef issue, LinkedWorkItem workItem, Reason reason, ChangeSource source) {

  public enum Reason {
    /** a user unlinked it */
    UNLINKED,
    /** deleted in ADO; the link is suspended and comes back if the work item is restored */
    DELETED
  }
}
