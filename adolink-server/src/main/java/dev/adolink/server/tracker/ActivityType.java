package dev.adolink.server.tracker;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an activity records; the names follow Sentry's activity types. */
public enum ActivityType {
  SET_RESOLVED,
  SET_UNRESOLVED,
  SET_IGNORED,
  /**
   * A resolved issue got a new event and is unresolved again: {@code {eventId, release,
   * previousStatus}}.
   */
  SET_REGRESSION,
  ASSIGNED,
  UNASSIGNED,
  /**
   * The level changed (by a user, an integration or a newer event): {@code {level, previousLevel}}.
   */
  SET_PRIORITY,
  NOTE,
  NOTE_EDITED,
  NOTE_DELETED,
  /**
   * A work item was created from the issue and linked: {@code {integrationId, key, title, url}}.
   */
  CREATE_ISSUE,
  /** An existing work item was linked (or linked again when restored in ADO). */
  LINK_ISSUE,
  /** A work item was unlinked (by a user, or because it was deleted in ADO). */
  UNLINK_ISSUE;

  static ActivityType forStatus(IssueStatus status) {
    return switch (status) {
      case RESOLVED -> SET_RESOLVED;
      case UNRESOLVED -> SET_UNRESOLVED;
      case IGNORED -> SET_IGNORED;
    };
  }

  @JsonValue
  public String wire() {
    return Wire.name(this);
  }
}
