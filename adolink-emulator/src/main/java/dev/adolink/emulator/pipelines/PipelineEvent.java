package dev.adolink.emulator.pipelines;

import dev.adolink.emulator.events.EmulatorEvent;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event of Azure Pipelines or classic releases, as service hooks deliver it.
 *
 * @param publisherId {@code pipelines} or {@code rm}
 * @param resourceVersion the envelope's {@code resourceVersion}
 * @param resource the delivery's {@code resource}
 */
public record PipelineEvent(
    String eventType,
    String publisherId,
    String resourceVersion,
    UUID eventId,
    Instant createdAt,
    UUID organizationId,
    UUID projectId,
    ObjectNode resource,
    ObjectNode message,
    ObjectNode detailedMessage)
    implements EmulatorEvent {

  public static final String RUN_STATE = "ms.vss-pipelines.run-state-changed-event";
  public static final String STAGE_STATE = "ms.vss-pipelines.stage-state-changed-event";
  public static final String DEPLOYMENT_COMPLETED = "ms.vss-release.deployment-completed-event";

  /** A copy of the payload resource (the event itself stays unchanged). */
  @Override
  public ObjectNode resource() {
    return resource.deepCopy();
  }
}
