package dev.adolink.server.integration;

import dev.adolink.azure.transport.SharedGate;
import dev.adolink.server.system.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ADO client's rate-limit gate kept in the database, so that a {@code Retry-After} one instance
 * is given holds every instance on the same database (table {@code ado_rate_limit_holds}, a row per
 * organization). Read before each request, from the database at most once a {@link #FRESH} per
 * organization (a hold another instance was given is seen that much later at most; this instance's
 * own holds at once), so that a fetch of thousands of commits does not add a query to each call;
 * written, in a transaction of its own so that it sticks whatever the caller's work does, after
 * each {@code Retry-After}.
 */
@Component
class SharedRateLimits implements SharedGate {

  static final Duration FRESH = Duration.ofSeconds(1);

  /** A hold as read (or written) at a time. */
  private record Read(Instant notBefore, Instant at) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final Map<String, Read> recent = new ConcurrentHashMap<>();

  SharedRateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public Instant notBefore(String organization) {
    Instant now = clock.instant();
    Read read = recent.get(organization);
    if (read != null && !now.isBefore(read.at()) && now.isBefore(read.at().plus(FRESH))) {
      return read.notBefore();
    }
    Instant notBefore = stored(organization);
    recent.put(organization, new Read(notBefore, now));
    return notBefore;
  }

  private Instant stored(String organization) {
    return jdbc.sql(
            "select not_before from ado_rate_limit_holds where organization_url = :organization")
        .param("organization", organization)
        .query((rs, n) -> Jdbc.instant(rs, "not_before"))
        .optional()
        .orElse(Instant.EPOCH);
  }

  @Override
  public void hold(String organization, Instant until) {
    ownTransaction.executeWithoutResult(
        status -> {
          jdbc.sql(
                  """
                  insert into ado_rate_limit_holds (organization_url, not_before)
                  values (:organization, :until) on conflict do nothing""")
              .param("organization", organization)
              .param("until", Jdbc.timestamp(until))
              .update();
          jdbc.sql(
                  """
                  update ado_rate_limit_holds set not_before = :until
                  where organization_url = :organization and not_before < :until""")
              .param("organization", organization)
              .param("until", Jdbc.timestamp(until))
              .update();
        });
    Instant now = clock.instant();
    recent.merge(
        organization,
        new Read(until, now),
        (read, held) -> read.notBefore().isAfter(until) ? read : held);
  }
}
