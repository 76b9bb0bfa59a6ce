package dev.adolink.server.tracker;

import com.fasterxml.jackson.annotation.JsonValue;

public enum IssueStatus {
  UNRESOLVED,
  RESOLVED,
  IGNORED;

  @JsonValue
  public String wire() {
    return Wire.name(this);
  }
}
