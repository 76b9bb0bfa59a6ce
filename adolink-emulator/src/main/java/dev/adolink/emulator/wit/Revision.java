package dev.adolink.emulator.wit;

import dev.adolink.emulator.store.User;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One revision of a work item and the update that produced it: the whole field set as it was then
 * ({@code System.History} only in the revision that added it), the relations, and what changed. The
 * update log ({@code …/updates}), the revisions ({@code …/revisions}) and the {@code
 * workitem.updated} payload are all rendered from these.
 *
 * @param fields values as stored: String, Integer, Double, Boolean, Instant or {@link User}
 */
record Revision(
    int rev,
    Map<String, Object> fields,
    List<Relation> relations,
    User changedBy,
    Instant changedDate,
    Map<String, Change> changes,
    RelationChanges relationChanges) {

  Revision {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    relations = List.copyOf(relations);
    changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
  }

  Object field(String referenceName) {
    return fields.get(referenceName);
  }

  String text(String referenceName) {
    Object value = fields.get(referenceName);
    return value == null ? null : FieldValues.display(value);
  }
}
