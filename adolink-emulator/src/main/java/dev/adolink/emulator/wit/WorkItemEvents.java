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
 * {@code revision} for updated, and the {@code message}/{@code detailedMessage} texts.
 */
final class WorkItemEvents {

  private final WitJson json;

  WorkItemEvents(WitJson json) {
    this.json = json;
  }

  WorkItemEvent created(Organization org, WorkItem item, Revision revision) {
    ObjectNode resource = workItem(org, item, revision);
    return event(
        WorkItemEvent.CREATED,
        org,
        item,
        revision,
        List.of(),
        null,
        resource,
        "created by",
        details(revision, List.of("State", "Assigned to", "Comment")));
  }

  WorkItemEvent updated(Organization org, WorkItem item, Revision revision) {
    ObjectNode resource = json.update(org, item.id, revision, null, false, true);
    ObjectNode full = json.revision(org, item.id, revision, null, View.HOOK);
    full.remove("_links");
    resource.set("revision", full);
    List<String> changed = new ArrayList<>(revision.changes().keySet());
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Change> e : revision.changes().entrySet()) {
      String label = label(e.getKey());
      if (label != null && e.getValue().newValue() != null) {
        lines.add("New " + label + ": " + FieldValues.display(e.getValue().newValue()));
      }
    }
    return event(
        WorkItemEvent.UPDATED, org, item, revision, changed, null, resource, "updated by", lines);
  }

  WorkItemEvent commented(Organization org, WorkItem item, Revision revision, String text) {
    ObjectNode resource = workItem(org, item, revision);
    ((ObjectNode) resource.get("fields")).put(Fields.HISTORY, text);
    return event(
        WorkItemEvent.COMMENTED,
        org,
        item,
        revision,
        List.of(Fields.HISTORY),
        text,
        resource,
        "commented on by",
        null);
  }

  WorkItemEvent deleted(Organization org, WorkItem item, User by, Instant at) {
    ObjectNode resource = workItem(org, item, item.current());
    String bin = json.urls().recycleBin(org, item.id);
    resource.put("url", bin);
    ((ObjectNode) resource.get("_links")).set("self", Json.href(bin));
    return event(
        WorkItemEvent.DELETED,
        org,
        item,
        item.current(),
        List.of(),
        null,
        resource,
        "deleted by",
        List.of(),
        by,
        at);
  }

  WorkItemEvent restored(Organization org, WorkItem item, User by, Instant at) {
    return event(
        WorkItemEvent.RESTORED,
        org,
        item,
        item.current(),
        List.of(),
        null,
        workItem(org, item, item.current()),
        "restored by",
        List.of(),
        by,
        at);
  }

  private ObjectNode workItem(Organization org, WorkItem item, Revision revision) {
    ObjectNode resource = json.workItem(org, item.id, item.projectId, revision, null, View.HOOK);
    ObjectNode links = (ObjectNode) resource.get("_links");
    links.remove(List.of("html", "workItemHistory", "workItemComments"));
    return resource;
  }

  private WorkItemEvent event(
      String type,
      Organization org,
      WorkItem item,
      Revision revision,
      List<String> changed,
      String comment,
      ObjectNode resource,
      String verb,
      List<String> lines) {
    return event(
        type,
        org,
        item,
        revision,
        changed,
        comment,
        resource,
        verb,
        lines,
        revision.changedBy(),
        revision.changedDate());
  }

  private WorkItemEvent event(
      String type,
      Organization org,
      WorkItem item,
      Revision revision,
      List<String> changed,
      String comment,
      ObjectNode resource,
      String verb,
      List<String> lines,
      User by,
      Instant at) {
    String head = revision.text(Fields.WORK_ITEM_TYPE) + " #" + item.id;
    String title = " (" + revision.text(Fields.TITLE) + ") " + verb + " " + by.displayName() + ".";
    String url = json.urls().html(org, item.id);
    ObjectNode message = Json.object();
    message.put("text", head + title + "\r\n(" + url + ")");
    message.put("html", "<a href=\"" + url.replace("&", "&amp;") + "\">" + head + "</a>" + title);
    message.put("markdown", "[" + head + "](" + url + ")" + title);
    ObjectNode detailed = message.deepCopy();
    if (comment != null) {
      detailed.put("text", detailed.get("text").asString() + "\r\n" + comment);
      detailed.put("html", detailed.get("html").asString() + "<br/>" + comment);
      detailed.put("markdown", detailed.get("markdown").asString() + "\r\n" + comment);
    } else if (!lines.isEmpty()) {
      detailed.put(
          "text",
          detailed.get("text").asString() + "\r\n\r\n- " + String.join("\r\n- ", lines) + "\r\n");
      detailed.put(
          "html",
          detailed.get("html").asString()
              + "<ul>\r\n<li>"
              + String.join("</li>\r\n<li>", lines)
              + "</li></ul>");
      detailed.put(
          "markdown",
          detailed.get("markdown").asString()
              + "\r\n\r\n* "
              + String.join("\r\n* ", lines)
              + "\r\n");
    }
    return new WorkItemEvent(
        type,
        UUID.randomUUID(),
        at,
        org.id(),
        item.projectId,
        item.id,
        revision.rev(),
        revision.text(Fields.WORK_ITEM_TYPE),
        revision.text(Fields.AREA_PATH),
        changed,
        comment,
        resource,
        message,
        detailed);
  }

  private static List<String> details(Revision revision, List<String> labels) {
    List<String> lines = new ArrayList<>();
    for (String label : labels) {
      String ref =
          switch (label) {
            case "State" -> Fields.STATE;
            case "Assigned to" -> Fields.ASSIGNED_TO;
            default -> Fields.HISTORY;
          };
      String value = revision.text(ref);
      lines.add(label + ": " + (value == null ? "" : value));
    }
    return lines;
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
