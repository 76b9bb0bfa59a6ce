package dev.adolink.server.ingest;

import dev.adolink.server.scm.Release;
import dev.adolink.server.scm.Releases;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.EventOccurrence;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.tracker.NewIssue;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes one received event: normalizes it, computes its group, and in one transaction creates
 * the group's issue (first event) or counts the event on it (a resolved issue regresses unless it
 * was resolved in a release the event's release is not newer than), stores the event and its tags,
 * and marks the inbox row processed. An event id already stored for the project changes nothing.
 */
@Service
class EventProcessor {

  private final EventInbox inbox;
  private final GroupRepository groups;
  private final EventRepository events;
  private final IssueTagRepository tags;
  private final IssueService issues;
  private final ProjectService projects;
  private final Releases releases;
  private final JsonMapper json;
  private final EventNormalizer normalizer;
  private final IngestMetrics metrics;
  private final Clock clock;

  EventProcessor(
      EventInbox inbox,
      GroupRepository groups,
      EventRepository events,
      IssueTagRepository tags,
      IssueService issues,
      ProjectService projects,
      Releases releases,
      JsonMapper json,
      IngestMetrics metrics,
      Clock clock) {
    this.metrics = metrics;
    metrics.registerPending(inbox::pending);
    this.inbox = inbox;
    this.groups = groups;
    this.events = events;
    this.tags = tags;
    this.issues = issues;
    this.projects = projects;
    this.releases = releases;
    this.json = json;
    this.normalizer = new EventNormalizer(json);
    this.clock = clock;
  }

  /** Processes the inbox row; returns the issue id it went to, if it was processed now. */
  @Transactional
  Optional<Long> process(long inboxId) {
    Optional<EventInbox.Stored> found = inbox.find(inboxId);
    if (found.isEmpty() || !found.get().status().equals(EventInbox.RECEIVED)) {
      return Optional.empty();
    }
    EventInbox.Stored stored = found.get();
    Optional<Project> project = projects.find(stored.projectId());
    if (project.isEmpty() || events.exists(stored.projectId(), stored.eventId())) {
      inbox.finish(inboxId, EventInbox.PROCESSED, clock.instant());
      return Optional.empty();
    }
    JsonNode raw;
    try {
      raw = json.readTree(stored.body());
    } catch (JacksonException e) {
      inbox.finish(inboxId, EventInbox.FAILED, clock.instant());
      return Optional.empty();
    }
    SentryEvent event =
        normalizer.normalize(raw, stored.eventId(), stored.receivedAt(), stored.clientIp());
    Grouping.Result grouping = Grouping.of(event);
    EventSummary summary = EventSummary.of(event);
    event
        .data()
        .putObject("grouping")
        .put("hash", grouping.hash())
        .put("variant", grouping.variant());
    event.data().put("title", summary.title());
    if (summary.culprit() != null) {
      event.data().put("culprit", summary.culprit());
    }
    ChangeSource source = ChangeSource.event(stored.projectId());
    GroupRepository.Group group = groups.lock(stored.projectId(), grouping.hash());
    Issue issue;
    if (group.issueId() == null) {
      issue =
          issues.createFromEvent(
              project.get(),
              new NewIssue(
                  summary.title(),
                  summary.culprit(),
                  event.level(),
                  event.message(),
                  summary.frames(),
                  event.release()),
              event.timestamp(),
              source);
      groups.assign(stored.projectId(), grouping.hash(), issue.id());
      tags.createStats(issue.id(), event.platform());
    } else {
      Issue existing = issues.get(project.get().organizationId(), group.issueId());
      issue =
          issues.recordEvent(
              existing,
              new EventOccurrence(
                  event.eventId(),
                  event.timestamp(),
                  event.release(),
                  summary.title(),
                  summary.culprit(),
                  event.level(),
                  summary.frames()),
              regresses(existing, event),
              source);
    }
    events.insert(
        issue.id(),
        stored.projectId(),
        event,
        stored.receivedAt(),
        grouping.hash(),
        json.writeValueAsString(event.data()));
    tags.count(issue.id(), event.tags(), event.timestamp());
    inbox.finish(inboxId, EventInbox.PROCESSED, clock.instant());
    metrics.processed(java.time.Duration.between(stored.receivedAt(), clock.instant()));
    return Optional.of(issue.id());
  }

  /**
   * A resolved issue regresses on a new event, unless it was resolved in a release (a {@code Fixes}
   * commit) and the event is of that release, of an older one, or of none. A release the
   * organization does not know counts as newer. Ignored issues stay ignored.
   */
  private boolean regresses(Issue issue, SentryEvent event) {
    if (issue.status() != IssueStatus.RESOLVED) {
      return false;
    }
    Optional<String> resolvedIn = issues.resolvedInRelease(issue);
    if (resolvedIn.isEmpty()) {
      return true;
    }
    if (event.release() == null || event.release().equals(resolvedIn.get())) {
      return false;
    }
    Optional<Release> fixed = releases.find(issue.organizationId(), resolvedIn.get());
    Optional<Release> seen = releases.find(issue.organizationId(), event.release());
    if (fixed.isEmpty() || seen.isEmpty()) {
      return seen.isEmpty();
    }
    return seen.get().createdAt().isAfter(fixed.get().createdAt());
  }
}
