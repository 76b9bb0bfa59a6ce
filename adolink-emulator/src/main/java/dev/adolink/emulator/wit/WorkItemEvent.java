package dev.adolink.emulator.wit;

import dev.adolink.emulator.events.EmulatorEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * A work item change as ADO announces it: {@code workitem.created}, {@code .updated}, {@code
 * .commented}, {@code .deleted} or {@code .restored}. Carries what subscription filters look at
 * (project, area path, type, changed fields, comment) and the payload parts: {@link #resource()} is
 * the service hook {@code resource} (resourceVersion 1.0, identities as {@code Name <email>}
 * strings), {@link #message()} and {@link #detailedMessage()} are {@code {text, html, markdown}}.
 *
 * @param changedFields the reference names an update changed ({@code changedFields} filter)
 * @param comment the comment text of {@code workitem.commented}, else {@code null}
 */
public record WorkItemEvent(
    String eventType,
    UUID eventId,
    Instant createdAt,
    UUID organizationId,
    UUID projectId,
    int workItemId,
    int rev,
    String workItemType,
    String areaPath,
    List<String> changedFields,
    String comment,
    ObjectNode resource,
    ObjectNode message,
    ObjectNode detailedMessage)
    implements EmulatorEvent {

  public static final String CREATED = "workitem.created";
  public static final String UPDATED = "workitem.updated";
  public static final String COMMENTED = "workitem.commented";
  public static final String DELETED = "workitem.deleted";
  public static final String RESTORED = "workitem.restored";

  public WorkItemEvent {
    changedFields = List.copyOf(changedFields);
  }

  /** A copy of the payload resource (the event itself stays unchanged). */
  @Override
  public ObjectNode resource() {
    return resource.deepCopy();
  }

  @Override
  public ObjectNode message() {
    return message.deepCopy();
  }

  @Override
  public ObjectNode detailedMessage() {
    return detailedMessage.deepCopy();
  }
}
