package dev.adolink.server.sync;

import dev.adolink.server.system.Jdbc;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether a delivery for a work item is adolink's own write coming back: its revision is one
 * adolink wrote ({@link WrittenRevisions}), or a write to the work item is in flight (an outbox row
 * {@code sending}), so its revision is not known yet. A comment whose earlier post may have reached
 * ADO counts as in flight until it is settled: the delivery of that post must find it paired, not
 * bring it in as a new comment. One query for both, on every delivery.
 */
@Repository
class Echoes {

  /** How long a write may be in flight before it is taken for crashed. */
  static final Duration IN_FLIGHT = Duration.ofMinutes(5);

  enum Verdict {
    /** a write to the work item is in flight: wait for it */
    IN_FLIGHT,
    /** the revision is adolink's */
    ECHO,
    NONE
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  Echoes(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * @param rev the delivery's revision, 0 for events that carry no change of their own
   */
  Verdict check(long installationId, int workItemId, int rev) {
    return jdbc.sql(
            """
            select
              (select count(*) from sync_outbox
               where integration_id = :installation and work_item_id = :workItem
                 and ((state = 'sending' and updated_at >= :since)
                   or (kind = 'comment_add' and attempted))) as sending,
              (select count(*) from sync_written_revisions
               where integration_id = :installation and work_item_id = :workItem
                 and rev = :rev) as written""")
        .param("installation", installationId)
        .param("workItem", workItemId)
        .param("rev", rev)
        .param("since", Jdbc.timestamp(clock.instant().minus(IN_FLIGHT)))
        .query(
            (rs, row) ->
                rs.getLong("sending") > 0
                    ? Verdict.IN_FLIGHT
                    : rs.getLong("written") > 0 ? Verdict.ECHO : Verdict.NONE)
        .single();
  }
}
