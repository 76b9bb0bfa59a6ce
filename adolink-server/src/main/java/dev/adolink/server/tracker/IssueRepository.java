package dev.adolink.server.tracker;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class IssueRepository {

  private static final String SELECT =
      """
      select i.*, p.slug as project_slug, p.name as project_name,
             u.email as assignee_email, u.name as assignee_name
      from issues i
      join projects p on p.id = i.project_id
      left join users u on u.id = i.assignee_id
      """;
  private static final TypeReference<List<StackFrame>> FRAMES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  IssueRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long insert(
      Project project, long number, NewIssue issue, @Nullable String fingerprint, Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into issues (organization_id, project_id, number, title, culprit, level,
                  message, frames, status, first_seen, last_seen, fingerprint,
                  first_release, last_release)
                values (:org, :project, :number, :title, :culprit, :level,
                  :message, :frames, :status, :now, :now, :fingerprint, :release, :release)""")
            .param("org", project.organizationId())
            .param("project", project.id())
            .param("number", number)
            .param("title", issue.title())
            .param("culprit", issue.culprit())
            .param("level", issue.level().name())
            .param("message", issue.message())
            .param("frames", json.writeValueAsString(issue.frames()))
            .param("status", IssueStatus.UNRESOLVED.name())
            .param("now", Jdbc.timestamp(now))
            .param("fingerprint", fingerprint, java.sql.Types.VARCHAR)
            .param("release", issue.release(), java.sql.Types.VARCHAR));
  }

  /** The newest unresolved issue of the project with this fingerprint, locked. */
  Optional<Long> lockUnresolved(long projectId, String fingerprint) {
    return jdbc.sql(
            """
            select id from issues where project_id = :project and fingerprint = :fingerprint
              and status = 'UNRESOLVED' order by id desc limit 1 for update""")
        .param("project", projectId)
        .param("fingerprint", fingerprint)
        .query(Long.class)
        .optional();
  }

  /** One more occurrence: the count goes up and last seen moves to {@code now}. */
  void countOccurrence(long id, Instant now) {
    jdbc.sql("update issues set times_seen = times_seen + 1, last_seen = :now where id = :id")
        .param("now", Jdbc.timestamp(now))
        .param("id", id)
        .update();
  }

  void updateLastRelease(long id, String release) {
    jdbc.sql(
            "update issues set last_release = :release,"
                + " first_release = coalesce(first_release, :release) where id = :id")
        .param("release", release)
        .param("id", id)
        .update();
  }

  void updateFrames(long id, List<StackFrame> frames) {
    jdbc.sql("update issues set frames = :frames where id = :id")
        .param("frames", json.writeValueAsString(frames))
        .param("id", id)
        .update();
  }

  /**
   * One more event: the count goes up; an event at least as recent as the last one seen moves last
   * seen and makes the issue show its release, title, culprit, level and frames (events may be
   * processed out of order).
   */
  void recordEvent(long id, EventOccurrence event) {
    jdbc.sql(
            """
            update issues set times_seen = times_seen + 1,
              last_release = case when last_seen <= :seen
                then coalesce(:release, last_release) else last_release end,
              title = case when last_seen <= :seen then :title else title end,
              culprit = case when last_seen <= :seen then :culprit else culprit end,
              level = case when last_seen <= :seen then :level else level end,
              frames = case when last_seen <= :seen then :frames else frames end,
              last_seen = case when last_seen < :seen then :seen else last_seen end
            where id = :id""")
        .param("seen", Jdbc.timestamp(event.seen()))
        .param("release", event.release(), java.sql.Types.VARCHAR)
        .param("title", event.title())
        .param("culprit", event.culprit(), java.sql.Types.VARCHAR)
        .param("level", event.level().name())
        .param("frames", json.writeValueAsString(event.frames()))
        .param("id", id)
        .update();
  }

  Optional<Issue> find(long organizationId, long id) {
    return jdbc.sql(SELECT + "where i.organization_id = :org and i.id = :id")
        .param("org", organizationId)
        .param("id", id)
        .query(this::issue)
        .optional();
  }

  Optional<Issue> findByShortId(long organizationId, String projectSlug, long number) {
    return jdbc.sql(
            SELECT + "where i.organization_id = :org and p.slug = :slug and i.number = :number")
        .param("org", organizationId)
        .param("slug", projectSlug)
        .param("number", number)
        .query(this::issue)
        .optional();
  }

  /**
   * Locks the issues of the organization with these ids for the rest of the transaction (in id
   * order, so two bulk updates cannot deadlock) and returns the ids found.
   */
  List<Long> lock(long organizationId, Collection<Long> ids) {
    return jdbc.sql(
            "select id from issues where organization_id = :org and id in (:ids) order by id"
                + " for update")
        .param("org", organizationId)
        .param("ids", ids)
        .query(Long.class)
        .list();
  }

  List<Issue> search(long organizationId, IssueSearch search) {
    StringBuilder sql = new StringBuilder(SELECT).append("where i.organization_id = :org");
    Map<String, Object> params = new HashMap<>();
    params.put("org", organizationId);
    if (search.projectId() != null) {
      sql.append(" and i.project_id = :project");
      params.put("project", search.projectId());
    }
    if (search.status() != null) {
      sql.append(" and i.status = :status");
      params.put("status", search.status().name());
    }
    if (search.text() != null && !search.text().isBlank()) {
      sql.append(
          " and (lower(i.title) like :text or lower(i.culprit) like :text"
              + " or lower(i.message) like :text)");
      params.put("text", "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
    }
    // the event intake keeps tag values and user counts per issue (ingest_issue_tags/_stats)
    if (search.environment() != null) {
      sql.append(
          " and exists (select 1 from ingest_issue_tags t where t.issue_id = i.id"
              + " and t.tag_key = 'environment' and t.tag_value = :environment)");
      params.put("environment", search.environment());
    }
    if (search.release() != null) {
      sql.append(
          " and (i.first_release = :release or i.last_release = :release or exists (select 1"
              + " from ingest_issue_tags t where t.issue_id = i.id and t.tag_key = 'release'"
              + " and t.tag_value = :release))");
      params.put("release", search.release());
    }
    sql.append(
        switch (search.sort()) {
          case DATE -> " order by i.last_seen desc, i.id desc limit :limit";
          case NEW -> " order by i.first_seen desc, i.id desc limit :limit";
          case FREQ -> " order by i.times_seen desc, i.last_seen desc, i.id desc limit :limit";
          case USER ->
              " order by (select coalesce(max(s.user_count), 0) from ingest_issue_stats s"
                  + " where s.issue_id = i.id) desc, i.last_seen desc, i.id desc limit :limit";
        });
    params.put("limit", search.limit());
    return jdbc.sql(sql.toString()).params(params).query(this::issue).list();
  }

  void updateStatus(long id, IssueStatus status) {
    jdbc.sql("update issues set status = :status where id = :id")
        .param("status", status.name())
        .param("id", id)
        .update();
  }

  void updateLevel(long id, Level level) {
    jdbc.sql("update issues set level = :level where id = :id")
        .param("level", level.name())
        .param("id", id)
        .update();
  }

  void updateAssignee(long id, @Nullable Long assigneeId) {
    jdbc.sql("update issues set assignee_id = :assignee where id = :id")
        .param("assignee", assigneeId, java.sql.Types.BIGINT)
        .param("id", id)
        .update();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private Issue issue(ResultSet rs, int row) throws SQLException {
    Long assigneeId = Jdbc.nullableLong(rs, "assignee_id");
    List<StackFrame> frames = new ArrayList<>(json.readValue(rs.getString("frames"), FRAMES));
    return new Issue(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        new Project(
            rs.getLong("project_id"),
            rs.getLong("organization_id"),
            rs.getString("project_slug"),
            rs.getString("project_name")),
        rs.getLong("number"),
        rs.getString("title"),
        rs.getString("culprit"),
        Level.valueOf(rs.getString("level")),
        rs.getString("message"),
        frames,
        IssueStatus.valueOf(rs.getString("status")),
        assigneeId == null
            ? null
            : new UserRef(
                assigneeId, rs.getString("assignee_email"), rs.getString("assignee_name")),
        Jdbc.instant(rs, "first_seen"),
        Jdbc.instant(rs, "last_seen"),
        rs.getLong("times_seen"),
        rs.getString("first_release"),
        rs.getString("last_release"));
  }
}
