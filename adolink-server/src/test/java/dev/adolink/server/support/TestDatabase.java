package dev.adolink.server.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database of this test JVM, chosen by the system property {@code adolink.test.database}
 * ({@code h2}, the default, or {@code postgresql}; Maven's failsafe runs every IT once with each).
 * PostgreSQL is an embedded server (zonky) started once per JVM, or, where it cannot run, the
 * server named by the environment variable {@code ADOLINK_TEST_POSTGRES_URL} (user {@code
 * postgres}). Each Spring context gets a database of its own, created empty.
 */
public final class TestDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final String KIND = System.getProperty("adolink.test.database", "h2");
  private static Map<String, String> shared;
  private static EmbeddedPostgres embedded;

  public static boolean isPostgresql() {
    return KIND.equals("postgresql");
  }

  public static String kind() {
    return KIND;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(shared()).applyTo(context);
  }

  /** The properties of the database that all ITs of this JVM share. */
  public static synchronized Map<String, String> shared() {
    if (shared == null) {
      shared = fresh();
    }
    return shared;
  }

  /** Properties for a new empty database and data directory, e.g. for a test that restarts. */
  public static synchronized Map<String, String> fresh() {
    Map<String, String> properties = new HashMap<>();
    properties.put("adolink.data-dir", tempDir().toString());
    if (isPostgresql()) {
      String name = "adolink_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      String server = postgresServerUrl();
      execute(server + "postgres", "create database " + name);
      properties.put("spring.datasource.url", server + name);
      properties.put("spring.datasource.username", "postgres");
      properties.put("spring.datasource.password", "");
    } else if (!KIND.equals("h2")) {
      throw new IllegalStateException("adolink.test.database must be h2 or postgresql: " + KIND);
    }
    return properties;
  }

  /** {@code jdbc:postgresql://host:port/}, to which a database name is appended. */
  private static String postgresServerUrl() {
    String external = System.getenv("ADOLINK_TEST_POSTGRES_URL");
    if (external != null && !external.isBlank()) {
      return external.substring(0, external.lastIndexOf('/') + 1);
    }
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "embedded PostgreSQL did not start; set ADOLINK_TEST_POSTGRES_URL (see TESTING.md)", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopEmbedded));
    }
    return "jdbc:postgresql://localhost:" + embedded.getPort() + "/";
  }

  private static void stopEmbedded() {
    try {
      embedded.close();
    } catch (IOException ignored) {
      // the JVM is exiting; the temporary cluster directory is removed by zonky
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the test database at " + url, e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("adolink-" + KIND.toLowerCase(Locale.ROOT) + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
