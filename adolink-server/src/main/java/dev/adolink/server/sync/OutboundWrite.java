package dev.adolink.server.sync;

import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.server.sync.SyncedField.FieldWrite;
import dev.adolink.server.workitems.LinkedWorkItem;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One work item's field changes of a round: the latest row of each field (earlier ones are
 * superseded) and the values they become in ADO, written as one patch.
 */
record OutboundWrite(LinkedWorkItem item, List<FieldWrite> fields) {

  OutboundWrite {
    fields = List.copyOf(fields);
  }

  /** This write with {@code instead} in place of the write of the same field. */
  OutboundWrite with(FieldWrite instead) {
    return new OutboundWrite(
        item, fields.stream().map(f -> f.field() == instead.field() ? instead : f).toList());
  }

  /** This write without the rows not in {@code claimed}; {@code null} when nothing is left. */
  @Nullable OutboundWrite keeping(Set<Long> claimed) {
    List<FieldWrite> kept = fields.stream().filter(f -> claimed.contains(f.row().id())).toList();
    if (kept.isEmpty()) {
      return null;
    }
    return kept.size() == fields.size() ? this : new OutboundWrite(item, kept);
  }

  WorkItemPatch patch() {
    WorkItemPatch.Builder patch = WorkItemPatch.builder();
    fields.forEach(field -> field.patch().accept(patch));
    return patch.build();
  }

  List<Outbox.Row> rows() {
    return fields.stream().map(FieldWrite::row).toList();
  }
}
