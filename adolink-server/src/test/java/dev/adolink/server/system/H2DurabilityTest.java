package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 database keeps every commit it acknowledged when its process is killed with
 * SIGKILL. A child JVM inserts rows one commit at a time through the server's own URL and prints
 * each row's number after its commit returned; it is killed while it writes, and every row it
 * printed must be there when the database is opened again.
 */
class H2DurabilityTest {

  private static final int ACKNOWLEDGED_BEFORE_KILL = 3_000;

  @Test
  void aCommitAcknowledgedBeforeSigkillIsStillThereAfterARestart(@TempDir Path dataDir)
      throws Exception {
    try (Connection db = DriverManager.getConnection(H2DefaultDatabase.h2Url(dataDir))) {
      db.createStatement()
          .execute("create table acknowledged (n bigint primary key, payload varchar(200))");
    }
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Writer.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    long acknowledged = 0;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acknowledged < ACKNOWLEDGED_BEFORE_KILL && (line = out.readLine()) != null) {
        assertThat(line).as("the writer's output").matches("\\d+");
        acknowledged = Long.parseLong(line);
      }
      writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the database
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged).isEqualTo(ACKNOWLEDGED_BEFORE_KILL);

    try (Connection db = DriverManager.getConnection(H2DefaultDatabase.h2Url(dataDir));
        ResultSet rows = db.createStatement().executeQuery("select count(*) from acknowledged")) {
      rows.next();
      assertThat(rows.getLong(1)).isGreaterThanOrEqualTo(acknowledged);
    }
  }

  /** The child process: inserts rows until it is killed, printing each committed row's number. */
  static final class Writer {
    public static void main(String[] args) throws SQLException {
      try (Connection db = DriverManager.getConnection(H2DefaultDatabase.h2Url(Path.of(args[0])))) {
        PreparedStatement insert = db.prepareStatement("insert into acknowledged values (?, ?)");
        for (long n = 1; ; n++) {
          insert.setLong(1, n);
          insert.setString(2, "row " + n);
          insert.executeUpdate(); // auto-commit: returns once H2 has committed
          System.out.println(n);
          System.out.flush();
        }
      }
    }
  }
}
