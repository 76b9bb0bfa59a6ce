package dev.adolink.server.tracker;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who made a change: a user (through the API or UI), an integration applying a change that came
 * from Azure DevOps, or a release whose commits said to ({@code Fixes PROJ-12}). Stored with every
 * activity and carried by every {@link IssueEvent}; sync uses it to not send a change back to where
 * it came from.
 */
public record ChangeSource(Kind kind, long id) {

  public enum Kind {
    USER,
    INTEGRATION,
    /** {@code id} is the release's id */
    RELEASE,
    /** an event sent by an application's Sentry SDK; {@code id} is the project's id */
    EVENT;

    @JsonValue
    public String wire() {
      return Wire.name(this);
    }
  }

  public static ChangeSource user(long userId) {
    return new ChangeSource(Kind.USER, userId);
  }

  public static ChangeSource integration(long installationId) {
    return new ChangeSource(Kind.INTEGRATION, installationId);
  }

  public static ChangeSource release(long releaseId) {
    return new ChangeSource(Kind.RELEASE, releaseId);
  }

  public static ChangeSource event(long projectId) {
    return new ChangeSource(Kind.EVENT, projectId);
  }

  public boolean isIntegration(long installationId) {
    return kind == Kind.INTEGRATION && id == installationId;
  }
}
