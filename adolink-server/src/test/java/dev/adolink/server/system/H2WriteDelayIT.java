package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.adolink.server.support.AdolinkIT;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AdolinkIT
class H2WriteDelayIT {

  @Autowired DataSource dataSource;

  @Test
  void afterTheMigrationsH2WritesEveryCommitBeforeItReturnsAgain() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assumeThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
      try (ResultSet setting =
          connection
              .createStatement()
              .executeQuery(
                  "select setting_value from information_schema.settings"
                      + " where setting_name = 'WRITE_DELAY'")) {
        assertThat(setting.next()).isTrue();
        assertThat(setting.getString(1)).isEqualTo("0");
      }
    }
  }
}
