package dev.adolink.server.scm;

import dev.adolink.server.tracker.ActivityType;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.IssueUpdate;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.StackFrame;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspect commits of issues ({@link SuspectMatcher}), stored per issue and found again by jobs when
 * a release's commits arrive or an issue's frames change; the members who authored them (suggested
 * assignees); and the per-project setting that assigns a new issue to the author of its top suspect
 * commit.
 */
@Service
public class SuspectCommits {

  /** The {@code reason} of an assignment made because of a suspect commit. */
  public static final String ASSIGN_REASON = "suspect_commit";

  private final IssueService issues;
  private final ReleaseRepository releases;
  private final CodeMappingRepository mappings;
  private final SuspectRepository suspects;
  private final SuggestedAssignees assignees;
  private final SuspectProperties properties;
  private final Clock clock;

  SuspectCommits(
      IssueService issues,
      ReleaseRepository releases,
      CodeMappingRepository mappings,
      SuspectRepository suspects,
      SuggestedAssignees assignees,
      SuspectProperties properties,
      Clock clock) {
    this.issues = issues;
    this.releases = releases;
    this.mappings = mappings;
    this.suspects = suspects;
    this.assignees = assignees;
    this.properties = properties;
    this.clock = clock;
  }

  /** The stored suspect commits of the issue, best first. */
  public List<SuspectCommit> of(Issue issue) {
    return suspects.suspects(issue.id());
  }

  /** Why the issue has the suspect commits it has (or none). */
  public SuspectStatus status(Issue issue) {
    return suspects
        .outcome(issue.id())
        .map(SuspectRepository.Outcome::status)
        .orElse(SuspectStatus.PENDING);
  }

  public List<SuggestedAssignee> suggestedAssignees(Issue issue) {
    return assignees.of(issue.organizationId(), of(issue));
  }

  public boolean autoAssigns(Project project) {
    return suspects.autoAssigns(project.id());
  }

  @Transactional
  public void autoAssign(Project project, boolean on) {
    suspects.setAutoAssign(project.id(), on, clock.instant());
  }

  /**
   * Finds and stores the issue's suspect commits now; then assigns it if its project says so. An
   * issue deleted meanwhile needs nothing.
   */
  @Transactional
  public void compute(long organizationId, long issueId) {
    if (issues.find(organizationId, issueId).isEmpty()) {
      return;
    }
    suspects.lock(issueId, clock.instant());
    // read again under the lock: its frames or release may have changed while it waited
    Optional<Issue> current = issues.find(organizationId, issueId);
    if (current.isEmpty()) {
      return;
    }
    Issue issue = current.get();
    List<StackFrame> frames = FramePaths.suspectFrames(issue.frames(), properties.frameLimit());
    String version = issue.lastRelease() != null ? issue.lastRelease() : issue.firstRelease();
    if (frames.isEmpty()) {
      store(issue, SuspectStatus.NO_FRAMES, version, 0, 0, List.of());
      return;
    }
    if (version == null) {
      store(issue, SuspectStatus.NO_RELEASE, null, 0, 0, List.of());
      return;
    }
    Optional<Release> release = releases.find(organizationId, version);
    if (release.isEmpty()) {
      store(issue, SuspectStatus.UNKNOWN_RELEASE, version, 0, 0, List.of());
      return;
    }
    List<Long> window =
        suspects.window(issue.project().id(), release.get(), properties.releaseWindow());
    int commits = suspects.commitCount(window);
    if (commits == 0) {
      store(issue, SuspectStatus.NO_COMMITS, version, window.size(), 0, List.of());
      return;
    }
    SuspectMatcher matcher =
        new SuspectMatcher(
            mappings.ofProject(issue.project().id()),
            suspects.changes(window, SuspectMatcher.fileNames(frames)));
    List<SuspectMatcher.Suspect> found = matcher.find(frames, properties.limit());
    store(
        issue,
        found.isEmpty() ? SuspectStatus.NO_MATCH : SuspectStatus.FOUND,
        version,
        window.size(),
        commits,
        found);
    if (!found.isEmpty()) {
      assign(issue, release.get());
    }
  }

  private void store(
      Issue issue,
      SuspectStatus status,
      String version,
      int releaseCount,
      int commits,
      List<SuspectMatcher.Suspect> found) {
    suspects.store(issue.id(), status, version, releaseCount, commits, found, clock.instant());
  }

  /**
   * Assigns an issue nobody was ever assigned to (a person who unassigned it is not overruled) to
   * the member who authored its top suspect commit, when its project has that setting on.
   */
  private void assign(Issue issue, Release release) {
    if (issue.assignee() != null || !suspects.autoAssigns(issue.project().id())) {
      return;
    }
    boolean everAssigned =
        issues.activities(issue).stream()
            .anyMatch(
                a -> a.type() == ActivityType.ASSIGNED || a.type() == ActivityType.UNASSIGNED);
    if (everAssigned) {
      return;
    }
    List<SuggestedAssignee> suggested = suggestedAssignees(issue);
    if (suggested.isEmpty()) {
      return;
    }
    SuggestedAssignee top = suggested.get(0);
    issues.update(
        issue.organizationId(),
        issue.id(),
        IssueUpdate.assign(top.user().email()),
        ChangeSource.release(release.id()),
        Map.of(
            "reason", ASSIGN_REASON,
            "commit", top.commit(),
            "release", release.version(),
            "reasonText", top.reason()));
  }
}
