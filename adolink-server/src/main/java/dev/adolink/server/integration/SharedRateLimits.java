package dev.adolink.server.integration;

import dev.adolink.azure.transport.SharedGate;
import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ADO client's rate-limit gate kept in the database, so that a {@code Retry-After} one instance
 * is given holds every instance on the same database (table {@code ado_rate_limit_holds}, a row per
 * organization). Read before each request; written, in a transaction of its own so that it sticks
 * whatever the caller's work does, after each {@code Retry-After}.
 */
@Component
class SharedRateLimits implements SharedGate {

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  SharedRateLimits(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public Instant notBefore(String organization) {
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
  }
}
