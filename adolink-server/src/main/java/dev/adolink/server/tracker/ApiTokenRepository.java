package dev.adolink.server.tracker;

import dev.adolink.server.system.Jdbc;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

  private final JdbcClient jdbc;

  ApiTokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long userId, String tokenHash, Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into api_tokens (user_id, token_hash, created_at)
                values (:userId, :tokenHash, :now)""")
            .param("userId", userId)
            .param("tokenHash", tokenHash)
            .param("now", Jdbc.timestamp(now)));
  }

  Optional<Long> findUserId(String tokenHash) {
    return jdbc.sql("select user_id from api_tokens where token_hash = :tokenHash")
        .param("tokenHash", tokenHash)
        .query(Long.class)
        .optional();
  }
}
