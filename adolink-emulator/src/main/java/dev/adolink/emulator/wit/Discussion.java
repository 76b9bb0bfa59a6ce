package dev.adolink.emulator.wit;

import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The comments of work items. Adding one is an update that sets {@code System.History} (a new
 * revision, {@code workitem.updated} and {@code workitem.commented}), as in ADO. Editing and
 * deleting change the comment only: its {@code version}, its text, its {@code isDeleted}.
 */
final class Discussion {

  private final WorkItems workItems;
  private final Clock clock;

  Discussion(WorkItems workItems, Clock clock) {
    this.workItems = workItems;
    this.clock = clock;
  }

  Comment add(Organization org, User actor, int workItemId, String text, String format) {
    if (text == null || text.isBlank()) {
      throw WitErrors.argument("The comment text cannot be empty.");
    }
    return org.write(
        () -> {
          PatchOp history =
              new PatchOp(
                  "add", "/fields/" + Fields.HISTORY, JsonNodeFactory.instance.stringNode(text));
          workItems.update(org, actor, workItemId, List.of(history), WorkItems.SaveOptions.DEFAULT);
          WorkItem item = WitState.of(org).live(workItemId);
          Comment comment = item.comments.get(item.comments.size() - 1);
          comment.format = format;
          return comment;
        });
  }

  Comment edit(Organization org, User actor, int workItemId, int commentId, String text) {
    if (text == null || text.isBlank()) {
      throw WitErrors.argument("The comment text cannot be empty.");
    }
    return org.write(
        () -> {
          Comment comment = find(org, workItemId, commentId);
          comment.text = text;
          comment.version++;
          comment.modifiedBy = actor;
          comment.modifiedDate = clock.instant();
          return comment;
        });
  }

  Comment delete(Organization org, User actor, int workItemId, int commentId) {
    return org.write(
        () -> {
          Comment comment = find(org, workItemId, commentId);
          comment.deleted = true;
          comment.version++;
          comment.modifiedBy = actor;
          comment.modifiedDate = clock.instant();
          return comment;
        });
  }

  /** A comment that is not deleted, or 404. */
  static Comment find(Organization org, int workItemId, int commentId) {
    return WitState.of(org).live(workItemId).comments.stream()
        .filter(c -> c.id == commentId && !c.deleted)
        .findFirst()
        .orElseThrow(() -> WitErrors.commentNotFound(workItemId, commentId));
  }
}
