package dev.adolink.server.tracker;

/** A work item linked to an issue, as shown in the issue's {@code externalIssues}. */
public record ExternalIssue(
    long integrationId, String key, String title, String displayName, String url) {

  /** {@code Web#6 Checkout crash}: how pages name a work item. */
  public String displayNameAndTitle() {
    return title.isBlank() ? displayName : displayName + " " + title;
  }
}
