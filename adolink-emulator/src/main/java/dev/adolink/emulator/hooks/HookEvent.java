package dev.adolink.emulator.hooks;

import dev.adolink.emulator.events.EmulatorEvent;
import dev.adolink.emulator.git.GitPushEvent;
import dev.adolink.emulator.pipelines.PipelineEvent;
import dev.adolink.emulator.wit.WorkItemEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as service hooks see it, whatever feature published it: what the {@code publisherInputs}
 * filters compare, and the payload parts of the delivery.
 *
 * @param areaPath work item events: the area path ({@code areaPath} filter)
 * @param changedFields {@code workitem.updated}: the changed fields ({@code changedFields})
 * @param comment {@code workitem.commented}: the comment ({@code commentPattern})
 * @param repositoryId {@code git.push}: the repository ({@code repository})
 * @param refNames {@code git.push}: the updated refs ({@code branch})
 */
record HookEvent(
    String eventType,
    UUID eventId,
    Instant createdAt,
    UUID organizationId,
    UUID projectId,
    String areaPath,
    String workItemType,
    List<String> changedFields,
    String comment,
    UUID repositoryId,
    List<String> refNames,
    ObjectNode resource,
    ObjectNode message,
    ObjectNode detailedMessage) {

  /** The events service hooks deliver; others are ignored. */
  static Optional<HookEvent> of(EmulatorEvent event) {
    if (event instanceof WorkItemEvent e) {
      return Optional.of(
          new HookEvent(
              e.eventType(),
              e.eventId(),
              e.createdAt(),
              e.organizationId(),
              e.projectId(),
              e.areaPath(),
              e.workItemType(),
              e.changedFields(),
              e.comment(),
              null,
              List.of(),
              e.resource(),
              e.message(),
              e.detailedMessage()));
    }
    if (event instanceof GitPushEvent e) {
      return Optional.of(
          new HookEvent(
              e.eventType(),
              e.eventId(),
              e.createdAt(),
              e.organizationId(),
              e.projectId(),
              null,
              null,
              List.of(),
              null,
              e.repositoryId(),
              e.refNames(),
              e.resource(),
              e.message(),
              e.detailedMessage()));
    }
    if (event instanceof PipelineEvent e) {
      return Optional.of(
          new HookEvent(
              e.eventType(),
              e.eventId(),
              e.createdAt(),
              e.organizationId(),
              e.projectId(),
              null,
              null,
              List.of(),
              null,
              null,
              List.of(),
              e.resource(),
              e.message(),
              e.detailedMessage()));
    }
    return Optional.empty();
  }
}
