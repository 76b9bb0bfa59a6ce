package dev.adolink.azure.hooks;

import dev.adolink.azure.identity.Identity;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a {@code workitem.*} service hook delivery says (resource version 1.0, read leniently:
 * unknown properties are ignored, a missing one reads as absent): {@code workitem.updated} carries
 * a WorkItemUpdate ({@code workItemId}, the changed fields as {@code {oldValue, newValue}}, the
 * full {@code revision}); the other events a plain work item.
 *
 * @param workItemId 0 when the payload names none
 * @param projectId {@code resourceContainers.project.id}, else the revision's project is unknown
 * @param changes only for {@code workitem.updated}: the fields that changed
 * @param fields the work item's fields at this revision
 */
public record WorkItemEvent(
    String eventType,
    int workItemId,
    int rev,
    @Nullable String projectId,
    Map<String, Change> changes,
    JsonNode fields) {

  public static final String UPDATED = "workitem.updated";
  public static final String COMMENTED = "workitem.commented";
  public static final String DELETED = "workitem.deleted";
  public static final String RESTORED = "workitem.restored";

  public static final String STATE = "System.State";
  public static final String ASSIGNED_TO = "System.AssignedTo";
  public static final String HISTORY = "System.History";

  /**
   * A changed field: {@code oldValue} is absent for a new value, {@code newValue} for a cleared
   * one.
   */
  public record Change(JsonNode oldValue, JsonNode newValue) {

    public boolean hasOld() {
      return present(oldValue);
    }

    public boolean hasNew() {
      return present(newValue);
    }

    public @Nullable String oldText() {
      return hasOld() ? oldValue.asString() : null;
    }

    public @Nullable String newText() {
      return hasNew() ? newValue.asString() : null;
    }

    private static boolean present(JsonNode node) {
      return !node.isMissingNode()
          && !node.isNull()
          && !(node.isString() && node.asString().isBlank());
    }
  }

  /** Reads a delivery's body; check it with {@link #malformed} first. */
  public static WorkItemEvent read(JsonNode payload) {
    String eventType = payload.path("eventType").asString("");
    JsonNode resource = payload.path("resource");
    boolean update = eventType.equals(UPDATED);
    int id =
        update
            ? firstInt(resource.path("workItemId"), resource.path("revision").path("id"))
            : firstInt(resource.path("id"), resource.path("fields").path("System.Id"));
    JsonNode fields = update ? resource.path("revision").path("fields") : resource.path("fields");
    Map<String, Change> changes = new LinkedHashMap<>();
    if (update) {
      for (Map.Entry<String, JsonNode> field : resource.path("fields").properties()) {
        changes.put(
            field.getKey(),
            new Change(field.getValue().path("oldValue"), field.getValue().path("newValue")));
      }
    }
    int rev = firstInt(resource.path("rev"), fields.path("System.Rev"));
    JsonNode project = payload.path("resourceContainers").path("project").path("id");
    return new WorkItemEvent(
        eventType,
        id,
        rev,
        project.isString() && !project.asString().isBlank() ? project.asString() : null,
        Map.copyOf(changes),
        fields);
  }

  /**
   * What {@link #read} cannot read: a resource, its fields or revision that is not an object, a
   * changed field that is not {@code {oldValue, newValue}}, an id or revision number that is not a
   * 32-bit whole number.
   */
  public static Optional<String> malformed(JsonNode payload) {
    JsonNode resource = payload.path("resource");
    if (!resource.isObject()) {
      return Optional.of("resource must be a JSON object");
    }
    Map<String, JsonNode> objects = new LinkedHashMap<>();
    objects.put("resource.fields", resource.path("fields"));
    objects.put("resource.revision", resource.path("revision"));
    objects.put("resource.revision.fields", resource.path("revision").path("fields"));
    for (Map.Entry<String, JsonNode> node : objects.entrySet()) {
      if (!node.getValue().isMissingNode()
          && !node.getValue().isNull()
          && !node.getValue().isObject()) {
        return Optional.of(node.getKey() + " must be a JSON object");
      }
    }
    Map<String, JsonNode> numbers = new LinkedHashMap<>();
    numbers.put("resource.workItemId", resource.path("workItemId"));
    numbers.put("resource.id", resource.path("id"));
    numbers.put("resource.rev", resource.path("rev"));
    numbers.put("resource.revision.id", resource.path("revision").path("id"));
    numbers.put("resource.revision.rev", resource.path("revision").path("rev"));
    numbers.put("resource.fields.System.Id", resource.path("fields").path("System.Id"));
    numbers.put(
        "resource.revision.fields.System.Rev",
        resource.path("revision").path("fields").path("System.Rev"));
    for (Map.Entry<String, JsonNode> node : numbers.entrySet()) {
      JsonNode value = node.getValue();
      if (value.isNumber() && !(value.isIntegralNumber() && value.canConvertToInt())) {
        return Optional.of(node.getKey() + " must be a whole number of 32 bits");
      }
    }
    boolean update = payload.path("eventType").asString("").equals(UPDATED);
    for (Map.Entry<String, JsonNode> field : resource.path("fields").properties()) {
      String name = "resource.fields." + field.getKey();
      if (!update) {
        if (!isFieldValue(field.getValue())) {
          return Optional.of(name + " must be a text, a number or an identity");
        }
      } else if (!field.getValue().isObject()) {
        return Optional.of(name + " must be an object {oldValue, newValue}");
      } else if (!isFieldValue(field.getValue().path("oldValue"))
          || !isFieldValue(field.getValue().path("newValue"))) {
        return Optional.of(name + " must change a text, a number or an identity");
      }
    }
    for (Map.Entry<String, JsonNode> field :
        resource.path("revision").path("fields").properties()) {
      if (!isFieldValue(field.getValue())) {
        return Optional.of(
            "resource.revision.fields."
                + field.getKey()
                + " must be a text, a number or an identity");
      }
    }
    return Optional.empty();
  }

  /**
   * A work item field's value: a scalar, or an identity ({@code {displayName, uniqueName, id, …}});
   * never a list.
   */
  private static boolean isFieldValue(JsonNode value) {
    if (value.isObject()) {
      return value.has("displayName")
          || value.has("uniqueName")
          || value.has("id")
          || value.has("descriptor");
    }
    return !value.isArray();
  }

  public Optional<Change> change(String field) {
    return Optional.ofNullable(changes.get(field));
  }

  /** The work item type at this revision ({@code System.WorkItemType}), if the payload has it. */
  public Optional<String> workItemType() {
    return text(fields.path("System.WorkItemType"));
  }

  /** The state at this revision ({@code System.State}), when the payload has it. */
  public Optional<String> state() {
    return text(fields.path(STATE));
  }

  /** Who the work item is assigned to at this revision ({@code System.AssignedTo}). */
  public Optional<Identity> assignedTo() {
    return Identity.from(fields.path(ASSIGNED_TO));
  }

  /** Who made the change ({@code System.ChangedBy}). */
  public Optional<Identity> changedBy() {
    return Identity.from(fields.path("System.ChangedBy"));
  }

  /** When the revision was made ({@code System.ChangedDate}). */
  public Optional<Instant> changedDate() {
    return text(fields.path("System.ChangedDate"))
        .flatMap(
            date -> {
              try {
                return Optional.of(Instant.parse(date));
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }

  private static Optional<String> text(JsonNode node) {
    return node.isValueNode() && !node.isNull() && !node.asString().isBlank()
        ? Optional.of(node.asString())
        : Optional.empty();
  }

  /** The first of the nodes that is a positive number (or a string spelling one). */
  private static int firstInt(JsonNode... nodes) {
    for (JsonNode node : nodes) {
      int value = node.isNumber() ? node.asInt() : node.isString() ? parse(node.asString()) : 0;
      if (value > 0) {
        return value;
      }
    }
    return 0;
  }

  private static int parse(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
