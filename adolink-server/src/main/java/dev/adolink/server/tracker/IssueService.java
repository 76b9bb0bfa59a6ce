package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, finds and changes issues. Other features call it to change issues on behalf of an
 * integration ({@code ChangeSource.integration(id)}); every change is recorded and published
 * through {@link ActivityLog}. A change to the current value (resolving a resolved issue) changes
 * nothing and publishes nothing, which also stops sync loops.
 */
@Service
public class IssueService {

  private static final Set<ActivityType> EXTERNAL_ISSUE_ACTIVITIES =
      EnumSet.of(ActivityType.CREATE_ISSUE, ActivityType.LINK_ISSUE, ActivityType.UNLINK_ISSUE);
  private static final Pattern SHORT_ID = Pattern.compile("(.+)-(\\d{1,18})");

  private final IssueRepository issues;
  private final ProjectRepository projects;
  private final OrganizationRepository organizations;
  private final ActivityRepository activities;
  private final ActivityLog log;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  IssueService(
      IssueRepository issues,
      ProjectRepository projects,
      OrganizationRepository organizations,
      ActivityRepository activities,
      ActivityLog log,
      ApplicationEventPublisher events,
      Clock clock) {
    this.issues = issues;
    this.projects = projects;
    this.organizations = organizations;
    this.activities = activities;
    this.log = log;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Issue create(Project project, NewIssue issue, ChangeSource source) {
    long number = projects.nextIssueNumber(project.id());
    long id = issues.insert(project, number, issue, null, clock.instant());
    Issue created = get(project.organizationId(), id);
    log.publish(new IssueCreated(created.ref(), source));
    return created;
  }

  /** An issue {@link #occurred}: the issue and whether this occurrence created it. */
  public record Occurrence(Issue issue, boolean created) {}

  /**
   * Records an occurrence: with the fingerprint of an unresolved issue of the project it counts on
   * that issue ({@link IssueOccurred}); otherwise it creates an issue with that fingerprint.
   */
  @Transactional
  public Occurrence occurred(
      Project project, NewIssue issue, String fingerprint, ChangeSource source) {
    Optional<Long> existing = issues.lockUnresolved(project.id(), fingerprint);
    if (existing.isPresent()) {
      Issue before = get(project.organizationId(), existing.get());
      issues.countOccurrence(existing.get(), clock.instant());
      boolean changed = false;
      if (issue.release() != null && !issue.release().equals(before.lastRelease())) {
        issues.updateLastRelease(before.id(), issue.release());
        changed = true;
      }
      if (!issue.frames().isEmpty() && !issue.frames().equals(before.frames())) {
        issues.updateFrames(before.id(), issue.frames());
        changed = true;
      }
      Issue counted = get(project.organizationId(), existing.get());
      events.publishEvent(new IssueOccurred(counted.ref(), counted.count()));
      if (changed) {
        events.publishEvent(new IssueFramesChanged(counted.ref()));
      }
      return new Occurrence(counted, false);
    }
    long number = projects.nextIssueNumber(project.id());
    long id = issues.insert(project, number, issue, fingerprint, clock.instant());
    Issue created = get(project.organizationId(), id);
    log.publish(new IssueCreated(created.ref(), source));
    return new Occurrence(created, true);
  }

  /**
   * Creates the issue of a new group of events (an application's SDK sent its first event), first
   * and last seen when that event happened.
   */
  @Transactional
  public Issue createFromEvent(Project project, NewIssue issue, Instant seen, ChangeSource source) {
    long number = projects.nextIssueNumber(project.id());
    long id = issues.insert(project, number, issue, null, seen);
    Issue created = get(project.organizationId(), id);
    log.publish(new IssueCreated(created.ref(), source));
    return created;
  }

  /**
   * The release a resolved issue was resolved in ({@code Fixes PROJ-12} in a release's commit), or
   * empty when it was resolved without one or is not resolved.
   */
  public Optional<String> resolvedInRelease(Issue issue) {
    if (issue.status() != IssueStatus.RESOLVED) {
      return Optional.empty();
    }
    return activities
        .latestResolution(issue.id())
        .map(data -> data.get("release"))
        .map(Object::toString);
  }

  /**
   * Counts one more event of an issue ({@link IssueOccurred}; {@link IssueFramesChanged} when it
   * now shows other frames or another release). With {@code regress} a resolved issue is unresolved
   * again, recorded as {@code set_regression} and published as an {@link IssueStatusChanged} (so
   * sync moves its work items back); an ignored issue stays ignored.
   */
  @Transactional
  public Issue recordEvent(
      Issue issue, EventOccurrence event, boolean regress, ChangeSource source) {
    if (issues.lock(issue.organizationId(), List.of(issue.id())).isEmpty()) {
      throw ApiException.notFound("Issue " + issue.id() + " not found");
    }
    issues.recordEvent(issue.id(), event);
    Issue current = get(issue.organizationId(), issue.id());
    if (current.level() != issue.level()) {
      Map<String, @Nullable Object> context = new HashMap<>();
      context.put("eventId", event.eventId());
      levelChanged(issue, current.level(), source, context);
    }
    if (!current.frames().equals(issue.frames())
        || !java.util.Objects.equals(current.lastRelease(), issue.lastRelease())) {
      // its suspect commits are looked for again
      events.publishEvent(new IssueFramesChanged(current.ref()));
    }
    if (regress && current.status() == IssueStatus.RESOLVED) {
      issues.updateStatus(issue.id(), IssueStatus.UNRESOLVED);
      Map<String, @Nullable Object> data = new HashMap<>();
      data.put("eventId", event.eventId());
      data.put("release", event.release());
      data.put("status", IssueStatus.UNRESOLVED.wire());
      data.put("previousStatus", IssueStatus.RESOLVED.wire());
      log.record(
          new IssueStatusChanged(
              current.ref(), IssueStatus.RESOLVED, IssueStatus.UNRESOLVED, source),
          ActivityType.SET_REGRESSION,
          data);
      current = get(issue.organizationId(), issue.id());
    }
    events.publishEvent(new IssueOccurred(current.ref(), current.count()));
    return current;
  }

  public Issue get(long organizationId, long issueId) {
    return find(organizationId, issueId)
        .orElseThrow(() -> ApiException.notFound("Issue " + issueId + " not found"));
  }

  public Optional<Issue> find(long organizationId, long issueId) {
    return issues.find(organizationId, issueId);
  }

  /** By numeric id or by short id ({@code PROJ-12}). */
  public Issue get(long organizationId, String idOrShortId) {
    return find(organizationId, idOrShortId)
        .orElseThrow(() -> ApiException.notFound("Issue " + idOrShortId + " not found"));
  }

  /** By numeric id or by short id ({@code PROJ-12}). */
  public Optional<Issue> find(long organizationId, String idOrShortId) {
    Long id = Ids.parse(idOrShortId);
    if (id != null) {
      return find(organizationId, id);
    }
    Matcher shortId = SHORT_ID.matcher(idOrShortId);
    return shortId.matches()
        ? issues.findByShortId(
            organizationId,
            shortId.group(1).toLowerCase(Locale.ROOT),
            Long.parseLong(shortId.group(2)))
        : Optional.empty();
  }

  public List<Issue> search(long organizationId, IssueSearch search) {
    return issues.search(organizationId, search);
  }

  /** The issue's activity log, oldest first. */
  public List<Activity> activities(Issue issue) {
    return activities.list(issue.id());
  }

  /**
   * Records, in the caller's transaction, that a work item was created, linked or unlinked. The
   * feature that links work items publishes its own event for it; the tracker only keeps the log.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordExternalIssue(
      IssueRef issue, ActivityType type, Map<String, @Nullable Object> data, ChangeSource source) {
    if (!EXTERNAL_ISSUE_ACTIVITIES.contains(type)) {
      throw new IllegalArgumentException(type + " is not an external issue activity");
    }
    activities.insert(issue.id(), type, data, source, clock.instant());
  }

  /** Updates one issue; an unknown id is a 404. */
  @Transactional
  public Issue update(long organizationId, long issueId, IssueUpdate update, ChangeSource source) {
    return update(organizationId, issueId, update, source, Map.of());
  }

  /**
   * As {@link #update(long, long, IssueUpdate, ChangeSource)}, recording {@code context} in the
   * data of each activity the change writes (e.g. the commit and release that resolved the issue).
   */
  @Transactional
  public Issue update(
      long organizationId,
      long issueId,
      IssueUpdate update,
      ChangeSource source,
      Map<String, String> context) {
    UserRef assignee = assignee(organizationId, update.assignment());
    if (issues.lock(organizationId, List.of(issueId)).isEmpty()) {
      throw ApiException.notFound("Issue " + issueId + " not found");
    }
    return apply(get(organizationId, issueId), update, assignee, source, context);
  }

  /**
   * Applies one update to several issues of an organization, all or nothing: unknown ids (a 400
   * naming every one of them) or an assignee who is not a member reject the whole request before
   * anything changes.
   */
  @Transactional
  public List<Issue> update(
      long organizationId, Collection<Long> issueIds, IssueUpdate update, ChangeSource source) {
    Set<Long> ids = new LinkedHashSet<>(issueIds);
    UserRef assignee = assignee(organizationId, update.assignment());
    List<Long> found = issues.lock(organizationId, ids);
    if (found.size() != ids.size()) {
      ids.removeAll(found);
      throw ApiException.invalid(
          "id",
          "not found: " + String.join(", ", ids.stream().sorted().map(String::valueOf).toList()));
    }
    return ids.stream()
        .map(id -> apply(get(organizationId, id), update, assignee, source, Map.of()))
        .toList();
  }

  private @Nullable UserRef assignee(
      long organizationId, IssueUpdate.@Nullable Assignment assignment) {
    if (assignment == null || assignment.email() == null) {
      return null;
    }
    return organizations
        .findMember(organizationId, Accounts.normalizeEmail(assignment.email()))
        .orElseThrow(
            () -> ApiException.invalid("assignedTo", "is not a member of this organization"));
  }

  private Issue apply(
      Issue issue,
      IssueUpdate update,
      @Nullable UserRef assignee,
      ChangeSource source,
      Map<String, String> context) {
    IssueStatus status = update.status();
    if (status != null && status != issue.status()) {
      issues.updateStatus(issue.id(), status);
      Map<String, @Nullable Object> data = new HashMap<>(context);
      data.put("status", status.wire());
      data.put("previousStatus", issue.status().wire());
      log.record(
          new IssueStatusChanged(issue.ref(), issue.status(), status, source),
          ActivityType.forStatus(status),
          data);
    }
    UserRef previous = issue.assignee();
    if (update.assignment() != null && !sameUser(previous, assignee)) {
      issues.updateAssignee(issue.id(), assignee == null ? null : assignee.id());
      Map<String, @Nullable Object> data = new HashMap<>(context);
      data.put("assignee", assignee == null ? null : assignee.email());
      data.put("previousAssignee", previous == null ? null : previous.email());
      log.record(
          new IssueAssigned(issue.ref(), previous, assignee, source),
          assignee == null ? ActivityType.UNASSIGNED : ActivityType.ASSIGNED,
          data);
    }
    Level level = update.level();
    if (level != null && level != issue.level()) {
      issues.updateLevel(issue.id(), level);
      levelChanged(issue, level, source, context);
    }
    return get(issue.organizationId(), issue.id());
  }

  private void levelChanged(
      Issue before,
      Level level,
      ChangeSource source,
      Map<String, ? extends @Nullable Object> context) {
    Map<String, @Nullable Object> data = new HashMap<>(context);
    data.put("level", level.wire());
    data.put("previousLevel", before.level().wire());
    log.record(
        new IssueLevelChanged(before.ref(), before.level(), level, source),
        ActivityType.SET_PRIORITY,
        data);
  }

  private static boolean sameUser(@Nullable UserRef a, @Nullable UserRef b) {
    return Objects.equals(a == null ? null : a.id(), b == null ? null : b.id());
  }
}
