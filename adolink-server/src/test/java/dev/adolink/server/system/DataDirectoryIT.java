package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AdolinkIT
class DataDirectoryIT {

  @Autowired SystemProperties properties;

  @Test
  void theRunningServersDataDirectoryAndItsFilesArePrivateToTheServiceUser() throws IOException {
    Path dir = properties.dataDir();
    assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PrivateDataDirectory.DIRECTORY);
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.filter(Files::isRegularFile).toList();
    }
    // the secret key always; on H2 also the database
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertThat(Files.getPosixFilePermissions(file))
          .as(file.toString())
          .isEqualTo(PrivateDataDirectory.FILE);
    }
  }
}
