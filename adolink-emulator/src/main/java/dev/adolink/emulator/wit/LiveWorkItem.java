package dev.adolink.emulator.wit;

import java.util.Map;

/**
 * A work item that is not deleted, as a query reads it (WIQL): its id and current fields.
 *
 * @param fields values as stored: String, Integer, Double, Boolean, Instant or {@link
 *     dev.adolink.emulator.store.User}; unmodifiable
 */
public record LiveWorkItem(int id, Map<String, Object> fields) {

  public Object field(String referenceName) {
    return fields.get(referenceName);
  }
}
