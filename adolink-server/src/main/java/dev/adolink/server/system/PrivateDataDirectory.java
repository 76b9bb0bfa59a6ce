package dev.adolink.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the data directory private to the service user: created (or tightened) to 0700 before the
 * embedded H2 database opens its files in it, and its files (H2's, {@code secret.key}) set to 0600
 * once the server has started, so a database created on this start is covered too. H2 creates files
 * with the process umask (usually 0644); inside a 0700 directory nobody else can reach them even
 * before they are tightened. On file systems without POSIX permissions nothing is changed.
 */
@Component
class PrivateDataDirectory
    implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private static final Logger log = LoggerFactory.getLogger(PrivateDataDirectory.class);

  private final Environment environment;

  PrivateDataDirectory(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource && usesDataDirectory()) {
      create(dataDirectory());
    }
    return bean;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    Path directory = dataDirectory();
    if (Files.isDirectory(directory)) {
      tighten(directory);
    }
  }

  /** Creates the directory (and missing parents) private, or makes an existing one private. */
  static void create(Path directory) {
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + directory, e);
    }
    tighten(directory);
  }

  /** Sets the directory to 0700 and the regular files directly in it to 0600. */
  static void tighten(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      setPermissions(directory, DIRECTORY);
      files.filter(Files::isRegularFile).forEach(file -> setPermissions(file, FILE));
    } catch (IOException | UncheckedIOException e) {
      log.warn("cannot make the data directory {} private: {}", directory, e.getMessage());
    }
  }

  private static void setPermissions(Path path, Set<PosixFilePermission> permissions) {
    try {
      if (!Files.getPosixFilePermissions(path).equals(permissions)) {
        Files.setPosixFilePermissions(path, permissions);
      }
    } catch (UnsupportedOperationException notPosix) {
      // e.g. Windows: access is governed by the directory's ACL
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean usesDataDirectory() {
    String url = environment.getProperty("spring.datasource.url", "");
    return url.startsWith("jdbc:h2:file:" + dataDirectory());
  }

  private Path dataDirectory() {
    return Path.of(environment.getProperty("adolink.data-dir", "./data"))
        .toAbsolutePath()
        .normalize();
  }
}
