package dev.adolink.emulator.wit;

import dev.adolink.emulator.store.User;
import java.time.Instant;

/** A discussion comment of a work item; mutable under the organization's lock. */
final class Comment {

  final int id;
  final int workItemId;
  final User createdBy;
  final Instant createdDate;
  String text;
  String format;
  int version = 1;
  User modifiedBy;
  Instant modifiedDate;
  boolean deleted;

  Comment(int id, int workItemId, String text, String format, User by, Instant at) {
    this.id = id;
    this.workItemId = workItemId;
    this.text = text;
    this.format = format;
    this.createdBy = by;
    this.createdDate = at;
    this.modifiedBy = by;
    this.modifiedDate = at;
  }
}
