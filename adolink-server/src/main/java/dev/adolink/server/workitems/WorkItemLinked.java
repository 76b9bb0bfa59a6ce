package dev.adolink.server.workitems;

import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.IssueRef;

/**
 * A work item became linked to an issue. Published synchronously in the transaction that stores the
 * link, like the tracker's issue events: a listener's writes (a queued job) commit with it.
 */
public record WorkItemLinked(
    IssueRef issue, LinkedWorkItem workItem, Reason reason, ChangeSource source) {

  public enum Reason {
    /** created from the issue (by a user or an alert rule) */
    CREATED,
    /** an existing work item linked by a user */
    LINKED,
    /** the work item was restored from ADO's recycle bin, and its links with it */
    RESTORED
  }
}
