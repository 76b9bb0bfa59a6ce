package dev.adolink.emulator.wit;

import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the {@code workitem.*} events with the payload ADO sends (the AspNetWebHooks samples): a
 * plain work item for created/commented/deleted/restored, a {@code WorkItemUpdate} with the full
 * {@code revision} for updated, and the {@code message}/{@code detailedMessage} texts ({@code Bug
 * #5 (Title) updated by Name.}, the detailed one with the changes or the comment).
 */
final class WorkItemEvents {

  /** What differs between the event types. */
  private record Kind(
      String type,
      String verb,
      ObjectNode resource,
      List<String> changedFields,
      String comment,
      List<String> details) {}

  private final WitJson json;

  WorkItemEvents(WitJson json) {
    this.json = json;
  }

  WorkItemEvent created(Organization org, WorkItem item, Revision revision) {
    List<String> details = new ArrayList<>();
    details.add("State: " + orEmpty(revision.text(Fields.STATE)));
    details.add("Assigned to: " + orEmpty(revision.text(Fields.ASSIGNED_TO)));
    details.add("Comment: " + orEmpty(revision.text(Fields.HISTORY)));
    Kind kind =
        new Kind(
            WorkItemEvent.CREATED,
            "created by",
            workItem(org, item, revision),
            List.of(),
            null,
            details);
    return event(org, item, revision, kind, revision.changedBy(), revision.changedDate());
  }

  WorkItemEvent updated(Organization org, WorkItem item, Revision revision) {
    ObjectNode resource = json.update(org, item.id, revision, null, false, true);
    ObjectNode full = json.revision(org, item.id, revision, null, View.HOOK);
    full.remove("_links");
    resource.set("revision", full);
    List<String> details = new ArrayList<>();
    for (Map.Entry<String, Change> e : revision.changes().entrySet()) {
      String label = label(e.getKey());
      if (label != null && e.getValue().newValue() != null) {
        details.add("New " + label + ": " + FieldValues.display(e.getValue().newValue()));
      }
    }
    Kind kind =
        new Kind(
            WorkItemEvent.UPDATED,
            "updated by",
            resource,
            List.copyOf(revision.changes().keySet()),
            null,
            details);
    return event(org, item, revision, kind, revision.changedBy(), revision.changedDate());
  }

  WorkItemEvent commented(Organization org, WorkItem item, Revision revision, String text) {
    ObjectNode resource = workItem(org, item, revision);
    ((ObjectNode) resource.get("fields")).put(Fields.HISTORY, text);
    Kind kind =
        new Kind(
            WorkItemEvent.COMMENTED,
            "commented on by",
            resource,
            List.of(Fields.HISTORY),
            text,
            List.of());
    return event(org, item, revision, kind, revision.changedBy(), revision.changedDate());
  }

  /** {@code workitem.deleted}: the item with its URL in the recycle bin. */
  WorkItemEvent deleted(Organization org, WorkItem item, User by, Instant at) {
    ObjectNode resource = workItem(org, item, item.current());
    String bin = json.urls().recycleBin(org, item.id);
    resource.put("url", bin);
    ((ObjectNode) resource.get("_links")).set("self", Json.href(bin));
    Kind kind = new Kind(WorkItemEvent.DELETED, "deleted by", resource, List.of(), null, List.of());
    return event(org, item, item.current(), kind, by, at);
  }

  WorkItemEvent restored(Organization org, WorkItem item, User by, Instant at) {
    Kind kind =
        new Kind(
            WorkItemEvent.RESTORED,
            "restored by",
            workItem(org, item, item.current()),
            List.of(),
            null,
            List.of());
    return event(org, item, item.current(), kind, by, at);
  }

  private ObjectNode workItem(Organization org, WorkItem item, Revision revision) {
    ObjectNode resource = json.workItem(org, item.id, item.projectId, revision, null, View.HOOK);
    ((ObjectNode) resource.get("_links"))
        .remove(List.of("html", "workItemHistory", "workItemComments"));
    return resource;
  }

  private WorkItemEvent event(
      Organization org, WorkItem item, Revision revision, Kind kind, User by, Instant at) {
    String head = revision.text(Fields.WORK_ITEM_TYPE) + " #" + item.id;
    String tail =
        " (" + revision.text(Fields.TITLE) + ") " + kind.verb() + " " + by.displayName() + ".";
    String url = json.urls().html(org, item.id);
    ObjectNode message = Json.object();
    message.put("text", head + tail + "\r\n(" + url + ")");
    message.put("html", "<a href=\"" + url.replace("&", "&amp;") + "\">" + head + "</a>" + tail);
    message.put("markdown", "[" + head + "](" + url + ")" + tail);
    return new WorkItemEvent(
        kind.type(),
        UUID.randomUUID(),
        at,
        org.id(),
        item.projectId,
        item.id,
        revision.rev(),
        revision.text(Fields.WORK_ITEM_TYPE),
        revision.text(Fields.AREA_PATH),
        kind.changedFields(),
        kind.comment(),
        kind.resource(),
        message,
        detailed(message, kind));
  }

  /** The message plus the comment, or the changes as a list. */
  private static ObjectNode detailed(ObjectNode message, Kind kind) {
    ObjectNode detailed = message.deepCopy();
    String text = detailed.get("text").asString();
    String html = detailed.get("html").asString();
    String markdown = detailed.get("markdown").asString();
    if (kind.comment() != null) {
      detailed.put("text", text + "\r\n" + kind.comment());
      detailed.put("html", html + "<br/>" + kind.comment());
      detailed.put("markdown", markdown + "\r\n" + kind.comment());
    } else if (!kind.details().isEmpty()) {
      List<String> lines = kind.details();
      detailed.put("text", text + "\r\n\r\n- " + String.join("\r\n- ", lines) + "\r\n");
      detailed.put(
          "html", html + "<ul>\r\n<li>" + String.join("</li>\r\n<li>", lines) + "</li></ul>");
      detailed.put("markdown", markdown + "\r\n\r\n* " + String.join("\r\n* ", lines) + "\r\n");
    }
    return detailed;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String label(String field) {
    return switch (field) {
      case Fields.STATE -> "State";
      case Fields.ASSIGNED_TO -> "Assigned to";
      case Fields.TITLE -> "Title";
      case Fields.REASON -> "Reason";
      default -> null;
    };
  }
}
