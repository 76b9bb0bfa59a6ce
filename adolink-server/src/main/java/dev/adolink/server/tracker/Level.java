package dev.adolink.server.tracker;

import com.fasterxml.jackson.annotation.JsonValue;

/** Severity of an issue, as in Sentry. */
public enum Level {
  FATAL,
  ERROR,
  WARNING,
  INFO,
  DEBUG;

  @JsonValue
  public String wire() {
    return Wire.name(this);
  }
}
