package dev.adolink.server.tracker;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an activity records; the names follow Sentry's activity types. */
public enum ActivityType {
  SET_RESOLVED,
  SET_UNRESOLVED,
  SET_IGNORED,
  ASSIGNED,
  UNASSIGNED,
  NOTE,
  NOTE_EDITED,
  NOTE_DELETED;

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
