package dev.adolink.server.workitems;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Work item creates asked from the API or the UI that were sent to ADO and not (yet) stored: the
 * durable mark, written before the POST, that makes a repeated create look in ADO first (table
 * {@code work_item_create_attempts}).
 */
@Repository
class CreateAttempts {

  private final JdbcClient jdbc;

  CreateAttempts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Marks the create as sent; {@code false} when an earlier one of the same title is still marked
   * (it may have reached ADO).
   */
  boolean begin(long issueId, long installationId, String title, Instant now) {
    return jdbc.sql(
                """
                insert into work_item_create_attempts (issue_id, integration_id, title, started_at)
                values (:issue, :installation, :title, :now) on conflict do nothing""")
            .param("issue", issueId)
            .param("installation", installationId)
            .param("title", title)
            .param("now", Jdbc.timestamp(now))
            .update()
        > 0;
  }

  /** The create was stored, or certainly refused. */
  void end(long issueId, long installationId, String title) {
    jdbc.sql(
            """
            delete from work_item_create_attempts
            where issue_id = :issue and integration_id = :installation and title = :title""")
        .param("issue", issueId)
        .param("installation", installationId)
        .param("title", title)
        .update();
  }
}
