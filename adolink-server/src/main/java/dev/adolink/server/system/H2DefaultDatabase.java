package dev.adolink.server.system;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Without {@code SPRING_DATASOURCE_URL}, the server uses H2 files in the data directory. The path
 * is made absolute here because H2 rejects an implicitly relative path such as {@code data}.
 */
class H2DefaultDatabase implements EnvironmentPostProcessor {

  static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Path dataDir =
        Path.of(environment.getProperty("adolink.data-dir", "./data")).toAbsolutePath().normalize();
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "adolinkDefaultDatabase", Map.of("spring.datasource.url", h2Url(dataDir))));
  }

  static String h2Url(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.resolve("adolink") + H2_OPTIONS;
  }
}
