package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateDataDirectoryTest {

  @TempDir Path temp;

  @Test
  void aNewDataDirectoryIsCreatedPrivate() throws IOException {
    Path dir = temp.resolve("a/data");

    PrivateDataDirectory.create(dir);

    assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PrivateDataDirectory.DIRECTORY);
  }

  @Test
  void anExistingWorldReadableDirectoryAndItsFilesAreMadePrivate() throws IOException {
    Path dir = Files.createDirectory(temp.resolve("data"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path database = Files.writeString(dir.resolve("adolink.mv.db"), "h2");
    Path trace = Files.writeString(dir.resolve("adolink.trace.db"), "h2");
    Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(trace, PosixFilePermissions.fromString("rw-rw-rw-"));

    PrivateDataDirectory.create(dir);

    assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PrivateDataDirectory.DIRECTORY);
    assertThat(Files.getPosixFilePermissions(database)).isEqualTo(PrivateDataDirectory.FILE);
    assertThat(Files.getPosixFilePermissions(trace)).isEqualTo(PrivateDataDirectory.FILE);
  }

  @Test
  void theGeneratedSecretKeyLivesInAPrivateDirectory() throws IOException {
    Path dir = temp.resolve("fresh");
    SecretKeys.load(
        new SystemProperties(
            dir,
            java.net.URI.create("http://localhost"),
            null,
            new SystemProperties.Bootstrap(null, null, null),
            org.springframework.util.unit.DataSize.ofMegabytes(1)));

    assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PrivateDataDirectory.DIRECTORY);
    assertThat(Files.getPosixFilePermissions(dir.resolve(SecretKeys.FILE_NAME)))
        .isEqualTo(PrivateDataDirectory.FILE);
  }
}
