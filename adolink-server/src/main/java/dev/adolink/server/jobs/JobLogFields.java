package dev.adolink.server.jobs;

import dev.adolink.server.system.LogFields;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The log fields of a running job: its type and key, and the ids its payload names ({@code
 * installationId}, {@code deliveryId}, {@code issueId} components of a payload record).
 */
final class JobLogFields {

  private static final Map<String, String> IDS =
      Map.of(
          "installationId", LogFields.INSTALLATION,
          "deliveryId", LogFields.DELIVERY,
          "issueId", LogFields.ISSUE);

  private JobLogFields() {}

  static LogFields open(String type, String key, @Nullable Object payload) {
    LogFields fields = LogFields.open().put(LogFields.JOB_TYPE, type).put(LogFields.JOB_KEY, key);
    if (payload != null && payload.getClass().isRecord()) {
      for (RecordComponent component : payload.getClass().getRecordComponents()) {
        String field = IDS.get(component.getName());
        if (field != null) {
          fields.put(field, value(component, payload));
        }
      }
    }
    return fields;
  }

  private static @Nullable Object value(RecordComponent component, Object payload) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(payload);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
