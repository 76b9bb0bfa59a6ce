package dev.adolink.emulator.wit;

import dev.adolink.emulator.store.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A work item: its revisions (the last is the current state), its comments and, once deleted, who
 * deleted it and when (it is then in the recycle bin). Mutable under the organization's lock.
 */
final class WorkItem {

  final int id;
  UUID projectId;
  final List<Revision> revisions = new ArrayList<>();
  final List<Comment> comments = new ArrayList<>();
  User deletedBy;
  Instant deletedDate;

  WorkItem(int id, UUID projectId) {
    this.id = id;
    this.projectId = projectId;
  }

  Revision current() {
    return revisions.get(revisions.size() - 1);
  }

  int rev() {
    return current().rev();
  }

  boolean deleted() {
    return deletedDate != null;
  }

  String type() {
    return current().text(Fields.WORK_ITEM_TYPE);
  }

  String title() {
    return current().text(Fields.TITLE);
  }

  Optional<Revision> revision(int rev) {
    return rev >= 1 && rev <= revisions.size()
        ? Optional.of(revisions.get(rev - 1))
        : Optional.empty();
  }

  /** The revision in effect at {@code instant}, if the work item existed then. */
  Optional<Revision> asOf(Instant instant) {
    Revision found = null;
    for (Revision revision : revisions) {
      if (!revision.changedDate().isAfter(instant)) {
        found = revision;
      }
    }
    return Optional.ofNullable(found);
  }

  List<Comment> visibleComments() {
    return comments.stream().filter(c -> !c.deleted).toList();
  }
}
