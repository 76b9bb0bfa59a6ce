package dev.adolink.server.sync;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_outbound_leases} table: at most one job drains an installation's outbox at a
 * time, across threads and server instances, so its changes reach ADO in order. A lease expires, so
 * a crashed holder does not block the installation for good.
 */
@Repository
class OutboundLeases {

  private final JdbcClient jdbc;

  OutboundLeases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes (or renews) the lease until {@code until}; false while another holder has it. */
  boolean acquire(long installationId, String holder, Instant now, Instant until) {
    jdbc.sql(
            """
            insert into sync_outbound_leases (integration_id, holder, expires_at)
            values (:installation, null, null) on conflict do nothing""")
        .param("installation", installationId)
        .update();
    return jdbc.sql(
                """
                update sync_outbound_leases set holder = :holder, expires_at = :until
                where integration_id = :installation
                  and (holder is null or holder = :holder or expires_at < :now)""")
            .param("installation", installationId)
            .param("holder", holder)
            .param("until", Jdbc.timestamp(until))
            .param("now", Jdbc.timestamp(now))
            .update()
        > 0;
  }

  void release(long installationId, String holder) {
    jdbc.sql(
            """
            update sync_outbound_leases set holder = null, expires_at = null
            where integration_id = :installation and holder = :holder""")
        .param("installation", installationId)
        .param("holder", holder)
        .update();
  }
}
