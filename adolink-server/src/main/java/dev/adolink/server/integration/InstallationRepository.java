package dev.adolink.server.integration;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code integrations} table. Rows that are installing or uninstalled are not installations.
 */
@Repository
class InstallationRepository {

  /** Row states beyond the public {@link Installation.Status}. */
  static final String INSTALLING = "installing";

  static final String UNINSTALLED = "uninstalled";

  private static final String VISIBLE = "status in ('active', 'needs_reauth')";

  /** A row with what only this package sees. */
  record Row(
      Installation installation,
      @Nullable String sealedCredentials,
      long credentialsVersion,
      String config,
      @Nullable String identityDescriptor,
      @Nullable String identityName,
      @Nullable Instant healthCheckedAt,
      @Nullable String healthError,
      String rawStatus) {}

  /** What an install writes. */
  record NewInstallation(
      long organizationId,
      String adoOrganizationId,
      String name,
      String baseUrl,
      AuthKind authKind,
      String sealedCredentials,
      @Nullable String identityDescriptor,
      @Nullable String identityName) {}

  private final JdbcClient jdbc;

  InstallationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertInstalling(NewInstallation install, Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into integrations (organization_id, ado_organization_id, name, domain_name,
                  auth_kind, credentials, identity_descriptor, identity_name, status, config,
                  created_at, updated_at)
                values (:org, :ado, :name, :url, :kind, :credentials, :descriptor, :identityName,
                  'installing', '{}', :now, :now)""")
            .param("org", install.organizationId())
            .param("ado", install.adoOrganizationId())
            .param("name", install.name())
            .param("url", install.baseUrl())
            .param("kind", install.authKind().name())
            .param("credentials", install.sealedCredentials())
            .param("descriptor", install.identityDescriptor())
            .param("identityName", install.identityName())
            .param("now", Jdbc.timestamp(now)));
  }

  /** New credentials for an existing row (re-install, re-authorization); the row becomes active. */
  void replaceCredentials(long id, NewInstallation install, Instant now) {
    jdbc.sql(
            """
            update integrations set name = :name, domain_name = :url, auth_kind = :kind,
              credentials = :credentials, credentials_version = credentials_version + 1,
              identity_descriptor = :descriptor, identity_name = :identityName,
              status = 'active', paused_reason = null, paused_at = null, updated_at = :now
            where id = :id""")
        .param("id", id)
        .param("name", install.name())
        .param("url", install.baseUrl())
        .param("kind", install.authKind().name())
        .param("credentials", install.sealedCredentials())
        .param("descriptor", install.identityDescriptor())
        .param("identityName", install.identityName())
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  void setStatus(long id, Installation.Status status, Instant now) {
    jdbc.sql("update integrations set status = :status, updated_at = :now where id = :id")
        .param("id", id)
        .param("status", status.wire())
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  /**
   * Stores refreshed tokens if nobody changed the credentials since {@code expectedVersion}.
   *
   * @return the new version, or empty when the row moved on
   */
  Optional<Long> updateCredentials(long id, String sealed, long expectedVersion, Instant now) {
    int updated =
        jdbc.sql(
                """
                update integrations set credentials = :credentials,
                  credentials_version = credentials_version + 1, updated_at = :now
                where id = :id and credentials_version = :version""")
            .param("id", id)
            .param("credentials", sealed)
            .param("version", expectedVersion)
            .param("now", Jdbc.timestamp(now))
            .update();
    return updated == 1 ? Optional.of(expectedVersion + 1) : Optional.empty();
  }

  /**
   * Marks an active installation {@code needs_reauth}, unless its credentials changed meanwhile.
   */
  boolean pause(long id, String reason, long expectedVersion, Instant now) {
    return jdbc.sql(
                """
                update integrations set status = 'needs_reauth', paused_reason = :reason,
                  paused_at = :now, updated_at = :now
                where id = :id and credentials_version = :version and status = 'active'""")
            .param("id", id)
            .param("reason", reason)
            .param("version", expectedVersion)
            .param("now", Jdbc.timestamp(now))
            .update()
        == 1;
  }

  void uninstall(long id, Instant now) {
    jdbc.sql(
            """
            update integrations set status = 'uninstalled', credentials = null,
              credentials_version = credentials_version + 1, paused_reason = null,
              paused_at = null, updated_at = :now
            where id = :id""")
        .param("id", id)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  void delete(long id) {
    jdbc.sql("delete from integration_subscriptions where integration_id = :id")
        .param("id", id)
        .update();
    jdbc.sql("delete from integrations where id = :id").param("id", id).update();
  }

  void recordHealth(long id, @Nullable String error, Instant now) {
    jdbc.sql(
            "update integrations set health_checked_at = :now, health_error = :error where id = :id")
        .param("id", id)
        .param("error", error)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  void updateConfig(long id, String config, Instant now) {
    jdbc.sql("update integrations set config = :config, updated_at = :now where id = :id")
        .param("id", id)
        .param("config", config)
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  Optional<Row> find(long id) {
    return jdbc.sql("select * from integrations where id = :id and " + VISIBLE)
        .param("id", id)
        .query(InstallationRepository::row)
        .optional();
  }

  /** Any row, whatever its state (for re-installs). */
  Optional<Row> findAny(long organizationId, String adoOrganizationId) {
    return jdbc.sql(
            "select * from integrations where organization_id = :org and ado_organization_id = :ado")
        .param("org", organizationId)
        .param("ado", adoOrganizationId)
        .query(InstallationRepository::row)
        .optional();
  }

  List<Row> ofOrganization(long organizationId) {
    return jdbc.sql(
            "select * from integrations where organization_id = :org and "
                + VISIBLE
                + " order by id")
        .param("org", organizationId)
        .query(InstallationRepository::row)
        .list();
  }

  List<Row> byAdoOrganization(String adoOrganizationId) {
    return jdbc.sql(
            "select * from integrations where ado_organization_id = :ado and "
                + VISIBLE
                + " order by id")
        .param("ado", adoOrganizationId.toLowerCase(Locale.ROOT))
        .query(InstallationRepository::row)
        .list();
  }

  /** Installations whose subscriptions were last checked before {@code before} (or never). */
  List<Long> dueForHealthCheck(Instant before) {
    return jdbc.sql(
            "select id from integrations where "
                + VISIBLE
                + " and (health_checked_at is null or health_checked_at < :before) order by id")
        .param("before", Jdbc.timestamp(before))
        .query(Long.class)
        .list();
  }

  private static Row row(ResultSet rs, int rowNumber) throws SQLException {
    String status = rs.getString("status");
    Installation installation =
        new Installation(
            rs.getLong("id"),
            rs.getLong("organization_id"),
            rs.getString("ado_organization_id"),
            rs.getString("name"),
            rs.getString("domain_name"),
            AuthKind.valueOf(rs.getString("auth_kind")),
            status.equals("needs_reauth")
                ? Installation.Status.NEEDS_REAUTH
                : Installation.Status.ACTIVE,
            rs.getString("paused_reason"),
            Jdbc.instant(rs, "created_at"));
    return new Row(
        installation,
        rs.getString("credentials"),
        rs.getLong("credentials_version"),
        rs.getString("config"),
        rs.getString("identity_descriptor"),
        rs.getString("identity_name"),
        Jdbc.nullableInstant(rs, "health_checked_at"),
        rs.getString("health_error"),
        status);
  }
}
