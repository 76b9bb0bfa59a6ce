package dev.adolink.server.tracker;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

  /** A user with what authentication needs. */
  record StoredUser(UserRef user, @Nullable String passwordHash, boolean superuser) {}

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      String email, String name, @Nullable String passwordHash, boolean superuser, Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into users (email, name, password_hash, superuser, created_at)
                values (:email, :name, :passwordHash, :superuser, :now)""")
            .param("email", email)
            .param("name", name)
            .param("passwordHash", passwordHash)
            .param("superuser", superuser)
            .param("now", Jdbc.timestamp(now)));
  }

  /**
   * Claims the first run (the one row of {@code first_run}); a second claim fails on the key, also
   * when two run at once.
   */
  void claimFirstRun(Instant now) {
    jdbc.sql("insert into first_run (id, created_at) values (1, :now)")
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  Optional<StoredUser> findByEmail(String email) {
    return jdbc.sql("select * from users where email = :email")
        .param("email", email)
        .query(UserRepository::stored)
        .optional();
  }

  Optional<StoredUser> findById(long id) {
    return jdbc.sql("select * from users where id = :id")
        .param("id", id)
        .query(UserRepository::stored)
        .optional();
  }

  boolean any() {
    return jdbc.sql("select count(*) from users").query(Long.class).single() > 0;
  }

  private static StoredUser stored(ResultSet rs, int row) throws SQLException {
    return new StoredUser(
        new UserRef(rs.getLong("id"), rs.getString("email"), rs.getString("name")),
        rs.getString("password_hash"),
        rs.getBoolean("superuser"));
  }
}
