package dev.adolink.server.ingest;

import dev.adolink.server.tracker.Issue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of an issue as the API and the issue page show them: Sentry's event fields ({@code
 * eventID}, {@code groupID}, {@code dateCreated}, {@code tags: [{key, value}]}, …) next to the
 * normalized event's own ({@code exception}, {@code breadcrumbs}, {@code user}, {@code request},
 * {@code sdk}, {@code contexts}, {@code errors}); and the issue's tag values and user count.
 */
@Service
public class IssueEvents {

  /** A page of events, latest first, and the cursor of the next page (null on the last). */
  record Page(List<ObjectNode> events, @Nullable Long nextCursor) {}

  /** One tag value of an issue: how often its events had it. */
  public record TagValue(String key, String value, long count) {}

  private final EventRepository events;
  private final IssueTagRepository tags;
  private final JsonMapper json;

  IssueEvents(EventRepository events, IssueTagRepository tags, JsonMapper json) {
    this.events = events;
    this.tags = tags;
    this.json = json;
  }

  Page page(Issue issue, @Nullable Long before, int limit) {
    List<EventRepository.StoredEvent> found = events.ofIssue(issue.id(), before, limit + 1);
    boolean more = found.size() > limit;
    List<EventRepository.StoredEvent> shown = more ? found.subList(0, limit) : found;
    return new Page(
        shown.stream().map(event -> json(event)).toList(),
        more ? shown.get(shown.size() - 1).id() : null);
  }

  /** The issue's latest event, as the API answers it. */
  public Optional<ObjectNode> latest(Issue issue) {
    return events.ofIssue(issue.id(), null, 1).stream().findFirst().map(this::json);
  }

  Optional<ObjectNode> find(Issue issue, String eventId) {
    return events.find(issue.id(), eventId).map(this::json);
  }

  /** The issue's tag values, most frequent first within each key. */
  public List<TagValue> tags(Issue issue) {
    return tags.of(issue.id()).stream()
        .map(tag -> new TagValue(tag.key(), tag.value(), tag.count()))
        .toList();
  }

  /** How many distinct users the issue's events named. */
  public long users(Issue issue) {
    return tags.stats(issue.id()).map(IssueTagRepository.Stats::users).orElse(0L);
  }

  private ObjectNode json(EventRepository.StoredEvent stored) {
    ObjectNode data = (ObjectNode) json.readTree(stored.data());
    ObjectNode out = json.createObjectNode();
    out.put("id", stored.eventId());
    out.put("eventID", stored.eventId());
    out.put("groupID", String.valueOf(stored.issueId()));
    out.put("projectID", String.valueOf(stored.projectId()));
    out.put("title", data.path("title").asString(""));
    out.set("culprit", data.get("culprit") == null ? json.nullNode() : data.get("culprit"));
    out.set("message", data.get("message") == null ? json.nullNode() : data.get("message"));
    out.put("dateCreated", stored.occurredAt().toString());
    out.put("dateReceived", stored.receivedAt().toString());
    out.set(
        "release", stored.release() == null ? json.nullNode() : json.stringNode(stored.release()));
    out.set(
        "environment",
        stored.environment() == null ? json.nullNode() : json.stringNode(stored.environment()));
    ArrayNode tagList = out.putArray("tags");
    for (JsonNode pair : data.path("tags")) {
      tagList.addObject().put("key", pair.path(0).asString()).put("value", pair.path(1).asString());
    }
    for (Map.Entry<String, JsonNode> field : data.properties()) {
      if (!out.has(field.getKey()) && !field.getKey().equals("tags")) {
        out.set(field.getKey(), field.getValue());
      }
    }
    return out;
  }
}
