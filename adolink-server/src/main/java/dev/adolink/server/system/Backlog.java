package dev.adolink.server.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A queue table's backlog for {@link StoredGauges}: {@code count} and the {@code age} in seconds of
 * the oldest waiting row, read by a query selecting {@code n} and {@code oldest}.
 */
public final class Backlog {

  private Backlog() {}

  public static Map<String, Double> read(JdbcClient jdbc, String sql, Clock clock) {
    return jdbc.sql(sql)
        .query(
            (rs, row) -> {
              Instant oldest = Jdbc.nullableInstant(rs, "oldest");
              double age =
                  oldest == null
                      ? 0.0
                      : Math.max(0, Duration.between(oldest, clock.instant()).toMillis()) / 1000.0;
              return Map.of("count", (double) rs.getLong("n"), "age", age);
            })
        .single();
  }
}
