package dev.adolink.server.workitems;

import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.IssueRef;

/** Links a work item to an issue the way the link endpoints do, for tests of other features. */
public final class LinkingForTests {

  private LinkingForTests() {}

  public static boolean link(
      LinkedWorkItems links, IssueRef issue, LinkedWorkItem item, ChangeSource source) {
    return links.link(issue, item, WorkItemLinked.Reason.LINKED, source);
  }

  public static boolean unlink(
      LinkedWorkItems links, IssueRef issue, LinkedWorkItem item, ChangeSource source) {
    return links.unlink(issue, item.installationId(), item.workItemId(), source);
  }
}
