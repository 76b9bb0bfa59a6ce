package dev.adolink.server.tracker;

import com.fasterxml.jackson.annotation.JsonValue;

/** A member's role in an organization, from least to most powerful. */
public enum Role {
  /** may create, comment on and change issues, link work items */
  MEMBER,
  /** also manages projects, members and integrations */
  MANAGER,
  /** also grants the owner role */
  OWNER;

  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }

  @JsonValue
  public String wire() {
    return Wire.name(this);
  }
}
