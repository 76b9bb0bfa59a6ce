package dev.adolink.emulator.git;

import dev.adolink.emulator.events.EmulatorEvent;
import dev.adolink.emulator.store.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * A push ({@code git.push}). Carries what subscription filters need (project, repository, branches,
 * pusher) and the payload parts ADO sends: {@link #resource()} is the {@code resource} of the
 * service hook delivery (resourceVersion 1.0: {@code commits, refUpdates, repository, pushedBy,
 * pushId, date, url, _links}); {@link #message()} and {@link #detailedMessage()} are {@code {text,
 * html, markdown}}.
 *
 * @param commitIds the pushed commits, oldest first
 */
public record GitPushEvent(
    UUID eventId,
    Instant createdAt,
    UUID organizationId,
    String organizationName,
    UUID projectId,
    String projectName,
    UUID repositoryId,
    String repositoryName,
    int pushId,
    User pushedBy,
    List<RefUpdate> refUpdates,
    List<String> commitIds,
    ObjectNode resource,
    ObjectNode message,
    ObjectNode detailedMessage)
    implements EmulatorEvent {

  public static final String TYPE = "git.push";

  @Override
  public String eventType() {
    return TYPE;
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

  /** The branch names the push updated, e.g. {@code refs/heads/main}. */
  public List<String> refNames() {
    return refUpdates.stream().map(RefUpdate::name).toList();
  }
}
