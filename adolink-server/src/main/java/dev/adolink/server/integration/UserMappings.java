package dev.adolink.server.integration;

import dev.adolink.azure.identity.Identity;
import dev.adolink.server.system.Jdbc;
import dev.adolink.server.tracker.UserRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_user_mappings} table: explicit tracker user ↔ ADO identity pairs of an
 * installation, which win over matching by email in both directions.
 */
@Repository
public class UserMappings {

  private final JdbcClient jdbc;

  UserMappings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<UserMapping> list(long installationId) {
    return jdbc.sql(
            """
            select m.*, u.email, u.name from sync_user_mappings m join users u on u.id = m.user_id
            where m.integration_id = :installation order by m.id""")
        .param("installation", installationId)
        .query(UserMappings::mapping)
        .list();
  }

  public Optional<UserMapping> forUser(long installationId, long userId) {
    return list(installationId).stream().filter(m -> m.user().id() == userId).findFirst();
  }

  public Optional<UserMapping> forIdentity(long installationId, Identity identity) {
    return list(installationId).stream().filter(m -> m.matches(identity)).findFirst();
  }

  /** Maps the user to the identity, replacing the user's previous mapping. */
  public long save(long installationId, long userId, Identity ado, Instant now) {
    jdbc.sql(
            "delete from sync_user_mappings where integration_id = :installation and user_id = :user")
        .param("installation", installationId)
        .param("user", userId)
        .update();
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into sync_user_mappings (integration_id, user_id, ado_identity_id,
                  ado_email, ado_display_name, ado_descriptor, created_at)
                values (:installation, :user, :id, :email, :name, :descriptor, :now)""")
            .param("installation", installationId)
            .param("user", userId)
            .param("id", ado.id())
            .param("email", ado.normalizedEmail().orElse(null))
            .param("name", ado.displayName())
            .param("descriptor", ado.descriptor())
            .param("now", Jdbc.timestamp(now)));
  }

  public boolean delete(long installationId, long mappingId) {
    return jdbc.sql(
                "delete from sync_user_mappings where integration_id = :installation and id = :id")
            .param("installation", installationId)
            .param("id", mappingId)
            .update()
        > 0;
  }

  private static UserMapping mapping(ResultSet rs, int row) throws SQLException {
    String email = rs.getString("ado_email");
    return new UserMapping(
        rs.getLong("id"),
        new UserRef(rs.getLong("user_id"), rs.getString("email"), rs.getString("name")),
        new Identity(
            rs.getString("ado_display_name"),
            email == null ? null : email.toLowerCase(Locale.ROOT),
            rs.getString("ado_identity_id"),
            rs.getString("ado_descriptor")),
        Jdbc.instant(rs, "created_at"));
  }
}
