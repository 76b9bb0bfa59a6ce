package dev.adolink.server.tracker;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The tracker's API answers. Ids are strings, as in Sentry's API; times are ISO-8601 instants. */
final class TrackerJson {

  private TrackerJson() {}

  record UserJson(String id, String email, String name) {
    static @Nullable UserJson of(@Nullable UserRef user) {
      return user == null
          ? null
          : new UserJson(String.valueOf(user.id()), user.email(), user.name());
    }
  }

  record OrganizationJson(String id, String slug, String name) {
    static OrganizationJson of(OrgRef org) {
      return new OrganizationJson(String.valueOf(org.id()), org.slug(), org.name());
    }
  }

  record MemberJson(String id, String email, String name, Role role, UserJson user) {
    static MemberJson of(Member member) {
      UserRef user = member.user();
      return new MemberJson(
          String.valueOf(user.id()), user.email(), user.name(), member.role(), UserJson.of(user));
    }
  }

  record ProjectJson(String id, String slug, String name) {
    static ProjectJson of(Project project) {
      return new ProjectJson(String.valueOf(project.id()), project.slug(), project.name());
    }
  }

  record AssigneeJson(String type, String id, String email, String name) {
    static @Nullable AssigneeJson of(@Nullable UserRef user) {
      return user == null
          ? null
          : new AssigneeJson("user", String.valueOf(user.id()), user.email(), user.name());
    }
  }

  record StacktraceJson(List<StackFrame> frames) {}

  /** {@code count} is a string, as in Sentry's API. */
  record IssueJson(
      String id,
      String shortId,
      String title,
      @Nullable String culprit,
      Level level,
      @Nullable String message,
      IssueStatus status,
      @Nullable AssigneeJson assignedTo,
      ProjectJson project,
      StacktraceJson stacktrace,
      Instant firstSeen,
      Instant lastSeen,
      String count,
      @Nullable String firstRelease,
      @Nullable String lastRelease,
      @Nullable String platform,
      long userCount,
      List<ExternalIssue> externalIssues) {

    static IssueJson of(Issue issue, List<ExternalIssue> externalIssues) {
      return of(issue, externalIssues, null);
    }

    static IssueJson of(
        Issue issue,
        List<ExternalIssue> externalIssues,
        IssueStatsProvider.@Nullable IssueStats stats) {
      return new IssueJson(
          String.valueOf(issue.id()),
          issue.shortId(),
          issue.title(),
          issue.culprit(),
          issue.level(),
          issue.message(),
          issue.status(),
          AssigneeJson.of(issue.assignee()),
          ProjectJson.of(issue.project()),
          new StacktraceJson(issue.frames()),
          issue.firstSeen(),
          issue.lastSeen(),
          String.valueOf(issue.count()),
          issue.firstRelease(),
          issue.lastRelease(),
          stats == null ? null : stats.platform(),
          stats == null ? 0 : stats.userCount(),
          externalIssues);
    }
  }

  record SourceJson(ChangeSource.Kind type, String id) {
    static SourceJson of(ChangeSource source) {
      return new SourceJson(source.kind(), String.valueOf(source.id()));
    }
  }

  record CommentJson(
      String id,
      String text,
      @Nullable UserJson user,
      SourceJson source,
      @Nullable String externalAuthor,
      Instant dateCreated,
      Instant dateUpdated) {
    static CommentJson of(Comment comment) {
      return new CommentJson(
          String.valueOf(comment.id()),
          comment.text(),
          UserJson.of(comment.author()),
          SourceJson.of(comment.source()),
          comment.externalAuthor(),
          comment.created(),
          comment.updated());
    }
  }

  record ActivityJson(
      String id,
      ActivityType type,
      Map<String, @Nullable Object> data,
      @Nullable UserJson user,
      SourceJson source,
      Instant dateCreated) {
    static ActivityJson of(Activity activity) {
      return new ActivityJson(
          String.valueOf(activity.id()),
          activity.type(),
          activity.data(),
          UserJson.of(activity.user()),
          SourceJson.of(activity.source()),
          activity.created());
    }
  }
}
