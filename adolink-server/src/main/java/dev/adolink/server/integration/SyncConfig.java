package dev.adolink.server.integration;

import java.util.List;
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
 */
public record SyncConfig(
    List<StatusMapping> statusForward,
    boolean statusReverse,
    boolean forwardAssignment,
    boolean reverseAssignment,
    boolean comments) {

  public SyncConfig {
    statusForward = List.copyOf(statusForward);
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
