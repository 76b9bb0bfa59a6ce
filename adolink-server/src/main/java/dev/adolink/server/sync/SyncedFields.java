package dev.adolink.server.sync;

import java.util.List;
import org.springframework.stereotype.Component;

/** Every {@link SyncedField}, in their order (status, assignee, priority). */
@Component
class SyncedFields {

  private final List<SyncedField> fields;

  SyncedFields(List<SyncedField> fields) {
    this.fields = List.copyOf(fields);
  }

  List<SyncedField> all() {
    return fields;
  }

  SyncedField of(Outbox.Kind kind) {
    return fields.stream()
        .filter(field -> field.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(kind + " is not a synced field"));
  }
}
