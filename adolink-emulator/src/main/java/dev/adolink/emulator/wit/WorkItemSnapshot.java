package dev.adolink.emulator.wit;

import java.util.Map;
import java.util.UUID;

/**
 * A work item as other features read it (work item search): its current fields as display text
 * (identities as {@code Name <email>}, dates in ISO form).
 */
public record WorkItemSnapshot(
    int id, int rev, UUID projectId, String projectName, Map<String, String> fields) {

  public String field(String referenceName) {
    return fields.get(referenceName);
  }
}
