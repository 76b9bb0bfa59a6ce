package dev.adolink.server.integration;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A change of an installation's sync configuration as the configuration page makes it (the API's
 * {@code PUT .../config/} body is parsed into the same {@link ConfigUpdate}, with the same checks):
 * every flag, and the status and priority mappings when given.
 *
 * @param statusForward replaces every status mapping; {@code null} keeps them
 * @param priorities per ADO project id, the ADO priority (1 to 4) of each level; replaces the
 *     stored ones, {@code null} keeps them
 */
public record SyncConfigChange(
    boolean statusReverse,
    boolean forwardAssignment,
    boolean reverseAssignment,
    boolean comments,
    boolean priorityForward,
    boolean priorityReverse,
    @Nullable List<Mapping> statusForward,
    @Nullable Map<String, Map<String, Integer>> priorities) {

  /**
   * A status mapping row as entered: a project's default ({@code workItemType} null) or a type's
   * own. Both states are required; a project with a type's row needs its default row too.
   */
  public record Mapping(
      String adoProjectId,
      @Nullable String workItemType,
      @Nullable String onResolve,
      @Nullable String onUnresolve) {}
}
