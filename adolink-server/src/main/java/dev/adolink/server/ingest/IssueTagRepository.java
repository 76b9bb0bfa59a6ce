package dev.adolink.server.ingest;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ingest_issue_tags} and {@code ingest_issue_stats} tables: per issue, each tag value
 * with how often and when it was seen, the platform, and how many distinct users its events named
 * (the values of the {@code user} tag). Written while the issue's group row is locked.
 */
@Repository
class IssueTagRepository {

  record TagValue(String key, String value, long count, Instant firstSeen, Instant lastSeen) {}

  record Stats(String platform, long users) {}

  private final JdbcClient jdbc;

  IssueTagRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void createStats(long issueId, String platform) {
    jdbc.sql(
            """
            insert into ingest_issue_stats (issue_id, platform, user_count) values (:issue, :platform, 0)
            on conflict do nothing""")
        .param("issue", issueId)
        .param("platform", platform)
        .update();
  }

  /** Counts the event's tags on the issue; a new {@code user} value counts one more user. */
  void count(long issueId, Map<String, String> tags, Instant seen) {
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      int updated =
          jdbc.sql(
                  """
                  update ingest_issue_tags set times_seen = times_seen + 1,
                    last_seen = case when last_seen < :seen then :seen else last_seen end
                  where issue_id = :issue and tag_key = :key and tag_value = :value""")
              .param("issue", issueId)
              .param("key", tag.getKey())
              .param("value", tag.getValue())
              .param("seen", Jdbc.timestamp(seen))
              .update();
      if (updated == 0) {
        jdbc.sql(
                """
                insert into ingest_issue_tags (issue_id, tag_key, tag_value, times_seen, first_seen,
                  last_seen) values (:issue, :key, :value, 1, :seen, :seen)""")
            .param("issue", issueId)
            .param("key", tag.getKey())
            .param("value", tag.getValue())
            .param("seen", Jdbc.timestamp(seen))
            .update();
        if (tag.getKey().equals("user")) {
          jdbc.sql(
                  "update ingest_issue_stats set user_count = user_count + 1 where issue_id = :issue")
              .param("issue", issueId)
              .update();
        }
      }
    }
  }

  /** The issue's tag values, most seen first within each key. */
  List<TagValue> of(long issueId) {
    return jdbc.sql(
            """
            select * from ingest_issue_tags where issue_id = :issue
            order by tag_key, times_seen desc, tag_value""")
        .param("issue", issueId)
        .query(
            (rs, row) ->
                new TagValue(
                    rs.getString("tag_key"),
                    rs.getString("tag_value"),
                    rs.getLong("times_seen"),
                    Jdbc.instant(rs, "first_seen"),
                    Jdbc.instant(rs, "last_seen")))
        .list();
  }

  Optional<Stats> stats(long issueId) {
    return jdbc.sql("select * from ingest_issue_stats where issue_id = :issue")
        .param("issue", issueId)
        .query((rs, row) -> new Stats(rs.getString("platform"), rs.getLong("user_count")))
        .optional();
  }
}
