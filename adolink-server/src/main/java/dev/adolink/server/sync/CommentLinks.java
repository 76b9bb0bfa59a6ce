package dev.adolink.server.sync;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_comment_links} table: which ADO comment a tracker comment came from or was
 * written to, so that edits and deletions follow and a comment never returns to its origin.
 */
@Repository
class CommentLinks {

  enum Origin {
    /** brought in from ADO */
    ADO,
    /** written to ADO by adolink */
    TRACKER
  }

  record CommentLink(
      long id,
      long installationId,
      int workItemId,
      int adoCommentId,
      int adoVersion,
      long issueId,
      long commentId,
      Origin origin) {}

  private final JdbcClient jdbc;

  CommentLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<CommentLink> ofWorkItem(long installationId, int workItemId) {
    return jdbc.sql(
            """
            select * from sync_comment_links
            where integration_id = :installation and work_item_id = :workItem order by id""")
        .param("installation", installationId)
        .param("workItem", workItemId)
        .query(CommentLinks::link)
        .list();
  }

  /** Whether any of the work item's comments is paired with a tracker comment. */
  boolean anyOfWorkItem(long installationId, int workItemId) {
    return jdbc.sql(
                """
            select count(*) from sync_comment_links
            where integration_id = :installation and work_item_id = :workItem""")
            .param("installation", installationId)
            .param("workItem", workItemId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The ADO comments a tracker comment is linked to, in every installation. */
  List<CommentLink> ofComment(long commentId) {
    return jdbc.sql("select * from sync_comment_links where comment_id = :comment order by id")
        .param("comment", commentId)
        .query(CommentLinks::link)
        .list();
  }

  void add(
      long installationId,
      int workItemId,
      int adoCommentId,
      int adoVersion,
      long issueId,
      long commentId,
      Origin origin,
      Instant now) {
    jdbc.sql(
            """
            insert into sync_comment_links (integration_id, work_item_id, ado_comment_id,
              ado_version, issue_id, comment_id, origin, created_at, updated_at)
            values (:installation, :workItem, :adoComment, :version, :issue, :comment, :origin,
              :now, :now)
            on conflict do nothing""")
        .param("installation", installationId)
        .param("workItem", workItemId)
        .param("adoComment", adoCommentId)
        .param("version", adoVersion)
        .param("issue", issueId)
        .param("comment", commentId)
        .param("origin", origin.name().toLowerCase(Locale.ROOT))
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  void updateVersion(long id, int version, Instant now) {
    jdbc.sql(
            "update sync_comment_links set ado_version = :version, updated_at = :now where id = :id")
        .param("id", id)
        .param("version", version)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  void delete(long id) {
    jdbc.sql("delete from sync_comment_links where id = :id").param("id", id).update();
  }

  private static CommentLink link(ResultSet rs, int row) throws SQLException {
    return new CommentLink(
        rs.getLong("id"),
        rs.getLong("integration_id"),
        rs.getInt("work_item_id"),
        rs.getInt("ado_comment_id"),
        rs.getInt("ado_version"),
        rs.getLong("issue_id"),
        rs.getLong("comment_id"),
        Origin.valueOf(rs.getString("origin").toUpperCase(Locale.ROOT)));
  }
}
