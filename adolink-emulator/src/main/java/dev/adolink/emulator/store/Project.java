package dev.adolink.emulator.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A team project. Immutable; an update replaces it in its {@link Organization}.
 *
 * @param processId the process template (Agile, Scrum, Basic) the project was created with
 */
public record Project(
    UUID id,
    String name,
    String description,
    UUID processId,
    String visibility,
    String state,
    long revision,
    Instant lastUpdateTime,
    UUID defaultTeamId) {

  public String defaultTeamName() {
    return name + " Team";
  }
}
