package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class SecretKeysTest {

  @TempDir Path dataDir;

  @Test
  void generatesAKeyReadableOnlyByTheOwnerAndReusesItOnTheNextStart() throws Exception {
    Path dir = dataDir.resolve("not-yet-created");
    var first = SecretKeys.load(properties(dir, null));
    var second = SecretKeys.load(properties(dir, null));

    assertThat(second.getEncoded()).isEqualTo(first.getEncoded()).hasSize(32);
    assertThat(Files.getPosixFilePermissions(dir.resolve(SecretKeys.FILE_NAME)))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void aConfiguredKeyWinsAndNoFileIsWritten() {
    byte[] key = new byte[32];
    key[5] = 7;
    var loaded = SecretKeys.load(properties(dataDir, Base64.getEncoder().encodeToString(key)));

    assertThat(loaded.getEncoded()).isEqualTo(key);
    assertThat(dataDir.resolve(SecretKeys.FILE_NAME)).doesNotExist();
  }

  @Test
  void aKeyOfTheWrongLengthIsRefusedWithAClearMessage() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> SecretKeys.load(properties(dataDir, shortKey)))
        .hasMessageContaining("must be 32 bytes");
    assertThatThrownBy(() -> SecretKeys.load(properties(dataDir, "not base64!")))
        .hasMessageContaining("not valid base64");
  }

  private static SystemProperties properties(Path dataDir, @Nullable String secretKey) {
    return new SystemProperties(
        dataDir,
        URI.create("http://localhost:8080"),
        secretKey,
        new SystemProperties.Bootstrap(null, null, null),
        DataSize.ofMegabytes(1));
  }
}
