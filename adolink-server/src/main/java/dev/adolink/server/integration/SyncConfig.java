package dev.adolink.server.integration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an installation syncs (the keys of Sentry's configuration, {@code sentry-vsts-behavior.md}
 * §4). An absent flag is false.
 *
 * @param statusForward tracker status → ADO state, per project and optionally per work item type
 * @param statusReverse ADO state → tracker status
 * @param forwardAssignment tracker assignee → ADO
 * @param reverseAssignment ADO assignee → tracker
 * @param comments comments (both ways)
 * @param priorityForward tracker level → ADO priority (and severity)
 * @param priorityReverse ADO priority → tracker level
 * @param priorities per ADO project id, the ADO priority (1 to 4) of each tracker level; a project
 *     without its own uses {@link #DEFAULT_PRIORITIES}
 */
public record SyncConfig(
    List<StatusMapping> statusForward,
    boolean statusReverse,
    boolean forwardAssignment,
    boolean reverseAssignment,
    boolean comments,
    boolean priorityForward,
    boolean priorityReverse,
    Map<String, Map<String, Integer>> priorities) {

  /** The tracker's levels, most severe first (as on the wire). */
  public static final List<String> LEVELS = List.of("fatal", "error", "warning", "info", "debug");

  /** fatal → 1, error → 2, warning → 3, info and debug → 4. */
  public static final Map<String, Integer> DEFAULT_PRIORITIES =
      Map.of("fatal", 1, "error", 2, "warning", 3, "info", 4, "debug", 4);

  public SyncConfig {
    statusForward = List.copyOf(statusForward);
    priorities = Map.copyOf(priorities);
  }

  public SyncConfig(
      List<StatusMapping> statusForward,
      boolean statusReverse,
      boolean forwardAssignment,
      boolean reverseAssignment,
      boolean comments) {
    this(
        statusForward,
        statusReverse,
        forwardAssignment,
        reverseAssignment,
        comments,
        false,
        false,
        Map.of());
  }

  /**
   * The ADO priority of each level for a work item of this project: the project's own mapping
   * (levels it leaves out take the default's), else the default.
   */
  public Map<String, Integer> priorities(String adoProjectId) {
    Map<String, Integer> own =
        priorities.entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase(adoProjectId))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(Map.of());
    Map<String, Integer> merged = new HashMap<>(DEFAULT_PRIORITIES);
    merged.putAll(own);
    return Map.copyOf(merged);
  }

  public boolean syncsStatusForward() {
    return !statusForward.isEmpty();
  }

  /**
   * The mapping for a work item of this project and type: the type's own if there is one, else the
   * project's default; empty when the project is not mapped.
   */
  public Optional<StatusMapping> mapping(String adoProjectId, String workItemType) {
    Optional<StatusMapping> typed =
        statusForward.stream()
            .filter(m -> m.adoProjectId().equalsIgnoreCase(adoProjectId))
            .filter(
                m -> m.workItemType() != null && m.workItemType().equalsIgnoreCase(workItemType))
            .findFirst();
    return typed.isPresent()
        ? typed
        : statusForward.stream()
            .filter(m -> m.adoProjectId().equalsIgnoreCase(adoProjectId))
            .filter(m -> m.workItemType() == null)
            .findFirst();
  }
}
