package dev.adolink.server.sync;

import dev.adolink.server.sync.SyncLog.Field;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_inbound_revisions} table: per work item and field, the newest revision whose
 * change was decided inbound, so that a delivery overtaken by a newer one (ADO sends in parallel;
 * retries reorder) does not undo it. Read and written under the work item's lock ({@code
 * LinkedWorkItems.lock}), so a plain read-then-write is safe.
 */
@Repository
class InboundRevisions {

  private final JdbcClient jdbc;

  InboundRevisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records {@code rev} as the field's newest revision unless a newer one was decided before;
   * answers that newer revision when there is one (the caller then leaves the field alone).
   */
  Optional<Integer> claim(long installationId, int workItemId, Field field, int rev) {
    Optional<Integer> known =
        jdbc.sql(
                """
                select rev from sync_inbound_revisions
                where integration_id = :installation and work_item_id = :workItem
                  and field = :field""")
            .param("installation", installationId)
            .param("workItem", workItemId)
            .param("field", field.wire())
            .query(Integer.class)
            .optional();
    if (known.isPresent() && known.get() > rev) {
      return known;
    }
    if (known.isEmpty()) {
      jdbc.sql(
              """
              insert into sync_inbound_revisions (integration_id, work_item_id, field, rev)
              values (:installation, :workItem, :field, :rev)""")
          .param("installation", installationId)
          .param("workItem", workItemId)
          .param("field", field.wire())
          .param("rev", rev)
          .update();
    } else {
      jdbc.sql(
              """
              update sync_inbound_revisions set rev = :rev
              where integration_id = :installation and work_item_id = :workItem
                and field = :field""")
          .param("installation", installationId)
          .param("workItem", workItemId)
          .param("field", field.wire())
          .param("rev", rev)
          .update();
    }
    return Optional.empty();
  }
}
