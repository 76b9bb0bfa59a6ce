package dev.adolink.server.sync;

import dev.adolink.server.sync.SyncLog.Field;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_inbound_revisions} table: per work item and field, the newest revision that
 * decided the field, whether a delivery brought it in or adolink wrote it. A delivery overtaken by
 * a newer revision (ADO sends in parallel, retries reorder, or adolink wrote the field since) then
 * leaves the field alone instead of undoing the newer value.
 */
@Repository
class InboundRevisions {

  /** A field adolink wrote to a work item, and the revision the write made. */
  record Written(int workItemId, Field field, int rev) {}

  private final JdbcClient jdbc;

  InboundRevisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records {@code rev} as the field's newest revision unless a newer one decided it before;
   * answers that newer revision when there is one (the caller then leaves the field alone). Called
   * under the work item's lock ({@code LinkedWorkItems.lock}); outbound writes {@link #raise} it
   * without the lock.
   */
  Optional<Integer> claim(long installationId, int workItemId, Field field, int rev) {
    Optional<Integer> known = find(installationId, workItemId, field);
    if (known.isPresent() && known.get() > rev) {
      return known;
    }
    if (known.isPresent()
        ? update(installationId, workItemId, field, rev)
        : insert(installationId, workItemId, field, rev)) {
      return Optional.empty();
    }
    // an outbound write recorded its revision meanwhile
    return find(installationId, workItemId, field).filter(newest -> newest > rev);
  }

  /** Sets the field's newest revision to {@code rev} unless it is newer already. */
  void raise(long installationId, int workItemId, Field field, int rev) {
    if (!update(installationId, workItemId, field, rev)) {
      insert(installationId, workItemId, field, rev);
    }
  }

  private boolean update(long installationId, int workItemId, Field field, int rev) {
    return jdbc.sql(
                """
                update sync_inbound_revisions set rev = :rev
                where integration_id = :installation and work_item_id = :workItem
                  and field = :field and rev <= :rev""")
            .param("installation", installationId)
            .param("workItem", workItemId)
            .param("field", field.wire())
            .param("rev", rev)
            .update()
        > 0;
  }

  private boolean insert(long installationId, int workItemId, Field field, int rev) {
    return jdbc.sql(
                """
                insert into sync_inbound_revisions (integration_id, work_item_id, field, rev)
                values (:installation, :workItem, :field, :rev)
                on conflict do nothing""")
            .param("installation", installationId)
            .param("workItem", workItemId)
            .param("field", field.wire())
            .param("rev", rev)
            .update()
        > 0;
  }

  private Optional<Integer> find(long installationId, int workItemId, Field field) {
    return jdbc.sql(
            """
            select rev from sync_inbound_revisions
            where integration_id = :installation and work_item_id = :workItem
              and field = :field""")
        .param("installation", installationId)
        .param("workItem", workItemId)
        .param("field", field.wire())
        .query(Integer.class)
        .optional();
  }
}
