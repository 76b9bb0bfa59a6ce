package dev.adolink.server.web;

import dev.adolink.server.tracker.Activity;
import dev.adolink.server.tracker.ChangeSource;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of an issue's activity log as a reader wants it: what happened, who did it (a user or an
 * integration bringing a change from Azure DevOps), and a link where there is one.
 */
record ActivityLine(String text, String by, @Nullable String url, Instant at) {

  static ActivityLine of(Activity activity) {
    Map<String, @Nullable Object> data = activity.data();
    String text =
        switch (activity.type()) {
          case SET_RESOLVED -> "Resolved";
          case SET_UNRESOLVED -> "Unresolved";
          case SET_IGNORED -> "Ignored";
          case SET_REGRESSION ->
              data.get("release") == null
                  ? "Regressed: a new event arrived"
                  : "Regressed: a new event arrived from release " + data.get("release");
          case ASSIGNED ->
              "Assigned to "
                  + value(data, "assignee")
                  + (data.get("reasonText") == null ? "" : ", who " + value(data, "reasonText"));
          case UNASSIGNED -> "Unassigned";
          case SET_PRIORITY -> "Level changed to " + value(data, "level");
          case NOTE -> "Commented: " + excerpt(value(data, "text"));
          case NOTE_EDITED -> "Edited a comment: " + excerpt(value(data, "text"));
          case NOTE_DELETED -> "Deleted a comment";
          case CREATE_ISSUE -> "Created work item " + workItem(data);
          case LINK_ISSUE ->
              "restored".equals(data.get("reason"))
                  ? "Work item " + workItem(data) + " restored in Azure DevOps"
                  : "Linked work item " + workItem(data);
          case UNLINK_ISSUE ->
              "deleted".equals(data.get("reason"))
                  ? "Work item " + workItem(data) + " deleted in Azure DevOps"
                  : "Unlinked work item " + workItem(data);
          default -> activity.type().wire().replace('_', ' ');
        };
    Object url = data.get("url");
    return new ActivityLine(
        text, by(activity), url == null ? null : url.toString(), activity.created());
  }

  private static String by(Activity activity) {
    if (activity.source().kind() == ChangeSource.Kind.INTEGRATION) {
      return "Azure DevOps (integration " + activity.source().id() + ")";
    }
    if (activity.source().kind() == ChangeSource.Kind.RELEASE) {
      Object release = activity.data().get("release");
      return release == null ? "a release" : "release " + release;
    }
    if (activity.source().kind() == ChangeSource.Kind.EVENT) {
      return "an application's error report";
    }
    return activity.user() == null ? "someone" : activity.user().name();
  }

  private static String workItem(Map<String, @Nullable Object> data) {
    return value(data, "displayName") + " " + value(data, "title");
  }

  private static String value(Map<String, @Nullable Object> data, String key) {
    return Objects.toString(data.get(key), "");
  }

  private static String excerpt(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= 120 ? line : line.substring(0, 117) + "...";
  }
}
