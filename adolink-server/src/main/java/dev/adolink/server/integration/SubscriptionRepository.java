package dev.adolink.server.integration;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code integration_subscriptions} table; secrets are stored sealed. */
@Repository
class SubscriptionRepository {

  record Row(
      long id,
      long installationId,
      String eventType,
      @Nullable String adoSubscriptionId,
      @Nullable String sealedSecret,
      @Nullable String sealedPendingSecret,
      String status,
      @Nullable Instant checkedAt,
      @Nullable Instant repairedAt) {}

  /**
   * A secret the intake accepts, with the installation it identifies; {@code sealedSecret} is null
   * for an installation without any (so that it still counts as existing).
   */
  record SecretRow(long installationId, String adoOrganizationId, @Nullable String sealedSecret) {}

  private final JdbcClient jdbc;

  SubscriptionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> of(long installationId) {
    return jdbc.sql(
            "select * from integration_subscriptions where integration_id = :id order by event_type")
        .param("id", installationId)
        .query(SubscriptionRepository::row)
        .list();
  }

  Optional<Row> find(long installationId, String eventType) {
    return jdbc.sql(
            """
            select * from integration_subscriptions
            where integration_id = :id and event_type = :type""")
        .param("id", installationId)
        .param("type", eventType)
        .query(SubscriptionRepository::row)
        .optional();
  }

  /** Adds a secret the intake accepts before ADO knows it (a new row when there is none). */
  void addPendingSecret(long installationId, String eventType, String sealed, Instant now) {
    int updated =
        jdbc.sql(
                """
                update integration_subscriptions set pending_secret = :secret
                where integration_id = :id and event_type = :type""")
            .param("id", installationId)
            .param("type", eventType)
            .param("secret", sealed)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into integration_subscriptions
                (integration_id, event_type, pending_secret, status, created_at)
              values (:id, :type, :secret, 'missing', :now)""")
          .param("id", installationId)
          .param("type", eventType)
          .param("secret", sealed)
          .param("now", Jdbc.timestamp(now))
          .update();
    }
  }

  /** The subscription now exists in ADO: its pending secret becomes its secret. */
  void created(
      long installationId,
      String eventType,
      String adoSubscriptionId,
      boolean repair,
      Instant now) {
    jdbc.sql(
            """
            update integration_subscriptions set ado_subscription_id = :ado,
              secret = pending_secret, pending_secret = null, status = 'enabled',
              checked_at = :now, repaired_at = case when :repair then :now else repaired_at end
            where integration_id = :id and event_type = :type""")
        .param("id", installationId)
        .param("type", eventType)
        .param("ado", adoSubscriptionId)
        .param("repair", repair)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  void checked(long installationId, String eventType, String status, Instant now) {
    jdbc.sql(
            """
            update integration_subscriptions set status = :status, checked_at = :now
            where integration_id = :id and event_type = :type""")
        .param("id", installationId)
        .param("type", eventType)
        .param("status", status)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  void delete(long installationId, String eventType) {
    jdbc.sql(
            "delete from integration_subscriptions where integration_id = :id"
                + " and event_type = :type")
        .param("id", installationId)
        .param("type", eventType)
        .update();
  }

  void deleteAll(long installationId) {
    jdbc.sql("delete from integration_subscriptions where integration_id = :id")
        .param("id", installationId)
        .update();
  }

  /** Every accepted secret of the ADO organization's installations (installing ones included). */
  List<SecretRow> secrets(String adoOrganizationId) {
    return secrets(
        jdbc.sql(SECRETS + " and i.ado_organization_id = :ado")
            .param("ado", adoOrganizationId.toLowerCase(Locale.ROOT)));
  }

  /** Every accepted secret of every installation (for a delivery whose body was not read). */
  List<SecretRow> allSecrets() {
    return secrets(jdbc.sql(SECRETS));
  }

  private static final String SECRETS =
      """
      select i.id integration_id, i.ado_organization_id, s.secret, s.pending_secret
      from integrations i left join integration_subscriptions s on s.integration_id = i.id
      where i.status in ('installing', 'active', 'needs_reauth')""";

  private static List<SecretRow> secrets(JdbcClient.StatementSpec query) {
    List<SecretRow> secrets = new ArrayList<>();
    query.query(
        rs -> {
          long id = rs.getLong("integration_id");
          String ado = rs.getString("ado_organization_id");
          secrets.add(new SecretRow(id, ado, null));
          for (String column : List.of("secret", "pending_secret")) {
            String sealed = rs.getString(column);
            if (sealed != null) {
              secrets.add(new SecretRow(id, ado, sealed));
            }
          }
        });
    return secrets;
  }

  private static Row row(ResultSet rs, int rowNumber) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("integration_id"),
        rs.getString("event_type"),
        rs.getString("ado_subscription_id"),
        rs.getString("secret"),
        rs.getString("pending_secret"),
        rs.getString("status"),
        Jdbc.nullableInstant(rs, "checked_at"),
        Jdbc.nullableInstant(rs, "repaired_at"));
  }
}
