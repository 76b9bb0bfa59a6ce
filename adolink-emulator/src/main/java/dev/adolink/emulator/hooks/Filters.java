package dev.adolink.emulator.hooks;

import java.util.Arrays;
import java.util.Locale;

/**
 * Whether an event passes a subscription's {@code publisherInputs}: {@code projectId}, {@code
 * areaPath} (that area or below), {@code workItemType}, {@code changedFields} (any of a
 * comma-separated list), {@code commentPattern} (contained in the comment), {@code repository},
 * {@code branch}. An empty input matches everything.
 */
final class Filters {

  private Filters() {}

  static boolean matches(Subscription s, HookEvent event) {
    if (!publisher(event.eventType()).equalsIgnoreCase(s.publisherId)
        || !s.eventType.equalsIgnoreCase(event.eventType())) {
      return false;
    }
    String project = s.filter("projectId");
    if (!project.isEmpty()
        && (event.projectId() == null || !project.equalsIgnoreCase(event.projectId().toString()))) {
      return false;
    }
    return areaPath(s.filter("areaPath"), event.areaPath())
        && (s.filter("workItemType").isEmpty()
            || s.filter("workItemType").equalsIgnoreCase(event.workItemType()))
        && changedFields(s.filter("changedFields"), event)
        && (s.filter("commentPattern").isEmpty()
            || (event.comment() != null
                && lower(event.comment()).contains(lower(s.filter("commentPattern")))))
        && (s.filter("repository").isEmpty()
            || (event.repositoryId() != null
                && s.filter("repository").equalsIgnoreCase(event.repositoryId().toString())))
        && branch(s.filter("branch"), event);
  }

  /**
   * The publisher of an event type: classic releases {@code rm}, YAML pipelines {@code pipelines}.
   */
  private static String publisher(String eventType) {
    if (eventType.startsWith("ms.vss-release.")) {
      return "rm";
    }
    return eventType.startsWith("ms.vss-pipelines.") ? "pipelines" : "tfs";
  }

  private static boolean areaPath(String filter, String areaPath) {
    if (filter.isEmpty()) {
      return true;
    }
    if (areaPath == null) {
      return false;
    }
    String f = lower(filter).replaceAll("^\\\\+", "");
    String a = lower(areaPath);
    return a.equals(f) || a.startsWith(f + "\\");
  }

  private static boolean changedFields(String filter, HookEvent event) {
    if (filter.isEmpty()) {
      return true;
    }
    return Arrays.stream(filter.split("[,;]"))
        .map(String::trim)
        .filter(f -> !f.isEmpty())
        .anyMatch(f -> event.changedFields().stream().anyMatch(f::equalsIgnoreCase));
  }

  private static boolean branch(String filter, HookEvent event) {
    if (filter.isEmpty()) {
      return true;
    }
    String wanted = filter.startsWith("refs/") ? filter : "refs/heads/" + filter;
    return event.refNames().stream().anyMatch(wanted::equalsIgnoreCase);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
