package dev.adolink.bench;

import dev.adolink.bench.harness.Http;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code workitem.updated} deliveries as ADO sends them (resource version 1.0, full revision,
 * messages), for the linked bugs in turn: each moves its bug between Active and Resolved, so every
 * delivery changes an issue. Keys are unique ({@code subscriptionId} + {@code notificationId}).
 */
final class UpdateDeliveries {

  /** A delivery and the key the server stores it under. */
  record Delivery(String key, String body) {}

  private final SyncSetup.Linked linked;
  private final String subscriptionId;
  private final String baseUrl;
  private final AtomicInteger notification = new AtomicInteger();
  private final Map<Integer, Integer> revs = new HashMap<>();
  private final Map<Integer, Boolean> resolved = new HashMap<>();
  private int next;

  UpdateDeliveries(SyncSetup.Linked linked, String subscriptionId, String baseUrl) {
    this.linked = linked;
    this.subscriptionId = subscriptionId;
    this.baseUrl = baseUrl;
  }

  synchronized Delivery next() {
    List<Integer> workItems = linked.workItems();
    int workItem = workItems.get(next++ % workItems.size());
    int rev = revs.merge(workItem, 1, Integer::sum) + 100;
    boolean wasResolved = resolved.getOrDefault(workItem, false);
    resolved.put(workItem, !wasResolved);
    String from = wasResolved ? "Resolved" : "Active";
    String to = wasResolved ? "Active" : "Resolved";
    int id = notification.incrementAndGet();
    return new Delivery("n:" + subscriptionId + ":" + id, body(id, workItem, rev, from, to));
  }

  private String body(int notificationId, int workItem, int rev, String from, String to) {
    String now = Instant.now().toString();
    String item = baseUrl + "_apis/wit/workItems/" + workItem;
    ObjectNode root = Http.JSON.createObjectNode();
    root.put("subscriptionId", subscriptionId);
    root.put("notificationId", notificationId);
    root.put("id", UUID.randomUUID().toString());
    root.put("eventType", "workitem.updated");
    root.put("publisherId", "tfs");
    String text = "Bug #" + workItem + " (Crash " + workItem + ") updated by Owner.";
    root.putObject("message").put("text", text).put("html", text).put("markdown", text);
    root.putObject("detailedMessage")
        .put("text", text + "\r\n\r\n- New State: " + to + "\r\n")
        .put("html", text + "<ul><li>New State: " + to + "</li></ul>")
        .put("markdown", text + "\r\n\r\n* New State: " + to + "\r\n");
    ObjectNode resource = root.putObject("resource");
    resource.put("id", rev - 1);
    resource.put("workItemId", workItem);
    resource.put("rev", rev);
    resource
        .putObject("revisedBy")
        .put("id", "6c1d83a4-0000-4000-8000-000000000001")
        .put("displayName", "Owner")
        .put("uniqueName", "owner@bench.example")
        .put("name", "Owner <owner@bench.example>");
    resource.put("revisedDate", "9999-01-01T00:00:00Z");
    ObjectNode fields = resource.putObject("fields");
    change(fields, "System.Rev", rev - 1, rev);
    change(fields, "System.AuthorizedDate", now, now);
    change(fields, "System.RevisedDate", now, "9999-01-01T00:00:00Z");
    change(fields, "System.State", from, to);
    change(fields, "System.Reason", "Moved to state " + from, "Moved to state " + to);
    change(fields, "System.ChangedDate", now, now);
    change(fields, "System.Watermark", rev + 10, rev + 11);
    ObjectNode revision = resource.putObject("revision");
    revision.put("id", workItem);
    revision.put("rev", rev);
    ObjectNode current = revision.putObject("fields");
    current.put("System.Id", workItem);
    current.put("System.AreaPath", "Web");
    current.put("System.TeamProject", "Web");
    current.put("System.IterationPath", "Web");
    current.put("System.WorkItemType", "Bug");
    current.put("System.State", to);
    current.put("System.Reason", "Moved to state " + to);
    current.put("System.CreatedDate", now);
    current.put("System.CreatedBy", "Owner <owner@bench.example>");
    current.put("System.ChangedDate", now);
    current.put("System.ChangedBy", "Owner <owner@bench.example>");
    current.put("System.Title", "Crash " + workItem);
    current.put("Microsoft.VSTS.Common.Priority", 2);
    current.put("Microsoft.VSTS.Common.Severity", "3 - Medium");
    current.put("Microsoft.VSTS.Common.StateChangeDate", now);
    current.put("Microsoft.VSTS.Common.ValueArea", "Business");
    revision.put("url", item + "/revisions/" + rev);
    resource.putObject("_links").putObject("self").put("href", item + "/updates/" + (rev - 1));
    resource.put("url", item + "/updates/" + (rev - 1));
    root.put("resourceVersion", "1.0");
    ObjectNode containers = root.putObject("resourceContainers");
    containers
        .putObject("collection")
        .put("id", linked.adoOrganizationId())
        .put("baseUrl", baseUrl);
    containers.putObject("account").put("id", linked.adoOrganizationId()).put("baseUrl", baseUrl);
    containers.putObject("project").put("id", linked.projectId()).put("baseUrl", baseUrl);
    root.put("createdDate", now);
    return Http.JSON.writeValueAsString(root);
  }

  private static void change(ObjectNode fields, String name, Object oldValue, Object newValue) {
    ObjectNode change = fields.putObject(name);
    change.set("oldValue", Http.JSON.valueToTree(oldValue));
    change.set("newValue", Http.JSON.valueToTree(newValue));
  }
}
