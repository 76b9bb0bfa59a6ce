package dev.adolink.server.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * On H2, Flyway's migrations run with H2's default write delay (commits written to the file in the
 * background, within 500 ms) instead of the server's {@code WRITE_DELAY=0}, which is back, and
 * everything written, before anything else uses the database. A fresh database's few hundred DDL
 * commits otherwise wait for a file write each: 0.6–0.9 s of the first start, against 0.3–0.4 s. A
 * process killed during the migrations loses at most their last half second, the DDL and Flyway's
 * history rows alike (one store), and the next start applies those migrations again. PostgreSQL is
 * left alone.
 */
@Component
class H2MigrationWriteDelay implements Callback {

  @Override
  public boolean supports(Event event, @Nullable Context context) {
    // Flyway also asks without a context, while it sets up
    return event == Event.BEFORE_MIGRATE
        || event == Event.AFTER_MIGRATE
        || event == Event.AFTER_MIGRATE_ERROR;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    if (!isH2(context.getConnection())) {
      return;
    }
    try (Statement statement = context.getConnection().createStatement()) {
      if (event == Event.BEFORE_MIGRATE) {
        statement.execute("SET WRITE_DELAY 500");
      } else {
        statement.execute("SET WRITE_DELAY 0");
        statement.execute("CHECKPOINT");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set H2's write delay around the migrations", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "h2MigrationWriteDelay";
  }

  private static boolean isH2(Connection connection) {
    try {
      return "H2".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return false;
    }
  }
}
