package dev.adolink.server.ingest;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ingest_keys} table. */
@Repository
class ClientKeyRepository {

  private final JdbcClient jdbc;

  ClientKeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long projectId,
      String name,
      String publicKey,
      String secretKey,
      ClientKey.@Nullable RateLimit rateLimit,
      Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into ingest_keys (project_id, name, public_key, secret_key, active,
                  rate_limit_window, rate_limit_count, created_at)
                values (:project, :name, :public, :secret, true, :window, :count, :now)""")
            .param("project", projectId)
            .param("name", name)
            .param("public", publicKey)
            .param("secret", secretKey)
            .param("window", rateLimit == null ? null : rateLimit.window(), Types.INTEGER)
            .param("count", rateLimit == null ? null : rateLimit.count(), Types.INTEGER)
            .param("now", Jdbc.timestamp(now)));
  }

  List<ClientKey> ofProject(long projectId) {
    return jdbc.sql("select * from ingest_keys where project_id = :project order by id")
        .param("project", projectId)
        .query(ClientKeyRepository::key)
        .list();
  }

  Optional<ClientKey> byPublicKey(String publicKey) {
    return jdbc.sql("select * from ingest_keys where public_key = :key")
        .param("key", publicKey)
        .query(ClientKeyRepository::key)
        .optional();
  }

  void update(long id, String name, boolean active, ClientKey.@Nullable RateLimit rateLimit) {
    jdbc.sql(
            """
            update ingest_keys set name = :name, active = :active, rate_limit_window = :window,
              rate_limit_count = :count where id = :id""")
        .param("id", id)
        .param("name", name)
        .param("active", active)
        .param("window", rateLimit == null ? null : rateLimit.window(), Types.INTEGER)
        .param("count", rateLimit == null ? null : rateLimit.count(), Types.INTEGER)
        .update();
  }

  void delete(long id) {
    jdbc.sql("delete from ingest_keys where id = :id").param("id", id).update();
  }

  private static ClientKey key(ResultSet rs, int row) throws SQLException {
    int window = rs.getInt("rate_limit_window");
    boolean limited = !rs.wasNull();
    int count = rs.getInt("rate_limit_count");
    limited = limited && !rs.wasNull();
    return new ClientKey(
        rs.getLong("id"),
        rs.getLong("project_id"),
        rs.getString("name"),
        rs.getString("public_key"),
        rs.getString("secret_key"),
        rs.getBoolean("active"),
        limited ? new ClientKey.RateLimit(window, count) : null,
        Jdbc.instant(rs, "created_at"));
  }
}
