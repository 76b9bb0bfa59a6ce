package dev.adolink.server.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * What repositories need to write the same JDBC against H2 and PostgreSQL: the PostgreSQL driver
 * takes and gives {@link OffsetDateTime} (not {@link Instant}) for {@code timestamp with time
 * zone}, and both return generated keys only when the key column is named.
 */
public final class Jdbc {

  private Jdbc() {}

  /** Runs an insert into a table with an identity column {@code id} and returns the new id. */
  public static long insert(JdbcClient.StatementSpec insert) {
    KeyHolder keys = new GeneratedKeyHolder();
    insert.update(keys, "id");
    return Objects.requireNonNull(keys.getKey(), "no generated id").longValue();
  }

  public static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    return Objects.requireNonNull(nullableInstant(rs, column), column + " is null");
  }

  public static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** {@code getLong} that keeps SQL {@code NULL} as {@code null}. */
  public static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
