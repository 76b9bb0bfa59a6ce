package dev.adolink.server.system;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Without {@code SPRING_DATASOURCE_URL}, the server uses H2 files in the data directory. The URL is
 * derived when asked for, from the {@code adolink.data-dir} in force then, and the path is made
 * absolute because H2 rejects an implicitly relative one such as {@code data}. Each connection
 * keeps its last 256 parsed statements (H2's default is 8, fewer than the server's statements:
 * parsing them again cost a tenth of the CPU under webhook load).
 *
 * <p>{@code WRITE_DELAY=0}: H2 writes a commit to its file before the commit returns. Its default
 * (500 ms) writes commits in the background, so a process killed with SIGKILL lost writes it had
 * already acknowledged (issues answered 201, webhook deliveries answered 200). The file write is
 * not an fsync: what is written survives the process, as PostgreSQL's answers do, and an operating
 * system crash is PostgreSQL's job in production.
 */
class H2DefaultDatabase implements EnvironmentPostProcessor {

  private static final String URL = "spring.datasource.url";
  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=256;WRITE_DELAY=0";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    environment
        .getPropertySources()
        .addLast(
            new PropertySource<String>("adolinkDefaultDatabase", URL) {
              @Override
              public @Nullable Object getProperty(String name) {
                return URL.equals(name)
                    ? h2Url(Path.of(environment.getProperty("adolink.data-dir", "./data")))
                    : null;
              }
            });
  }

  static String h2Url(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("adolink") + H2_OPTIONS;
  }
}
