package dev.adolink.server.ingest;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.system.PublicUrl;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of an issue, latest first: a page at a time with Sentry's {@code Link} header cursors,
 * the latest one, or one by its event id.
 */
@RestController
@Validated
class EventController {

  private final OrganizationAccess access;
  private final IssueService issues;
  private final IssueEvents events;
  private final PublicUrl publicUrl;

  EventController(
      OrganizationAccess access, IssueService issues, IssueEvents events, PublicUrl publicUrl) {
    this.access = access;
    this.issues = issues;
    this.events = events;
    this.publicUrl = publicUrl;
  }

  @GetMapping("/api/0/organizations/{org}/issues/{id}/events/")
  ResponseEntity<List<ObjectNode>> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
    Issue issue = issue(user, org, id);
    Long before = null;
    if (cursor != null && !cursor.isBlank()) {
      try {
        before = Long.parseLong(cursor.trim());
      } catch (NumberFormatException e) {
        throw ApiException.invalid("cursor", "is not a cursor this API gave out");
      }
    }
    IssueEvents.Page page = events.page(issue, before, limit);
    String path =
        publicUrl.resolve(
            "/api/0/organizations/" + org + "/issues/" + id + "/events/?limit=" + limit);
    String next =
        page.nextCursor() == null
            ? "<" + path + ">; rel=\"next\"; results=\"false\"; cursor=\"\""
            : "<"
                + path
                + "&cursor="
                + page.nextCursor()
                + ">; rel=\"next\"; results=\"true\"; cursor=\""
                + page.nextCursor()
                + "\"";
    String previous = "<" + path + ">; rel=\"previous\"; results=\"false\"; cursor=\"\"";
    return ResponseEntity.ok().header("Link", previous + ", " + next).body(page.events());
  }

  @GetMapping("/api/0/organizations/{org}/issues/{id}/events/latest/")
  ObjectNode latest(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id) {
    Issue issue = issue(user, org, id);
    return events
        .latest(issue)
        .orElseThrow(() -> ApiException.notFound("Issue " + id + " has no events"));
  }

  @GetMapping("/api/0/organizations/{org}/issues/{id}/events/{eventId}/")
  ObjectNode one(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @PathVariable String eventId) {
    Issue issue = issue(user, org, id);
    String normalized = eventId.replace("-", "").toLowerCase(Locale.ROOT);
    return events
        .find(issue, normalized)
        .orElseThrow(() -> ApiException.notFound("Event " + eventId + " not found in this issue"));
  }

  /** One tag's values on the issue's events, the most frequent first (at most 10). */
  record TagJson(String key, String name, long totalValues, List<TopValue> topValues) {}

  record TopValue(String value, String name, long count) {}

  /** Sentry's issue tags: each key with how many events had it and its top values. */
  @GetMapping("/api/0/organizations/{org}/issues/{id}/tags/")
  List<TagJson> tags(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id) {
    Issue issue = issue(user, org, id);
    java.util.Map<String, List<IssueEvents.TagValue>> byKey = new java.util.LinkedHashMap<>();
    for (IssueEvents.TagValue tag : events.tags(issue)) {
      byKey.computeIfAbsent(tag.key(), key -> new java.util.ArrayList<>()).add(tag);
    }
    return byKey.entrySet().stream()
        .map(
            entry ->
                new TagJson(
                    entry.getKey(),
                    entry.getKey(),
                    entry.getValue().stream().mapToLong(IssueEvents.TagValue::count).sum(),
                    entry.getValue().stream()
                        .limit(10)
                        .map(tag -> new TopValue(tag.value(), tag.value(), tag.count()))
                        .toList()))
        .toList();
  }

  private Issue issue(AuthenticatedUser user, String org, String id) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return issues.get(caller.organization().id(), id);
  }
}
